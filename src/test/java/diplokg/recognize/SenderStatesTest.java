package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SenderStatesTest {

    private static List<String> events(String... body) {
        return TestArticles.events("2026-02", "Des vœux pour le Vietnam", body);
    }

    @Test
    void leadersListedByTheirStatesAdjectivesSendOneMessageEach() {
        assertEquals(List.of("message 2026-02-04", "message 2026-02-04", "message 2026-02-04"), events(
                "Le 4 février, les dirigeants mongol, népalais et chilien ont adressé des messages de "
                        + "félicitations à la présidente Dang Thi Mai."));
    }

    @Test
    void messagesReceivedFromTheLeadersOfListedStatesAreOnePerState() {
        assertEquals(List.of("message 2026-02-09", "message 2026-02-09"), events(
                "La présidente Dang Thi Mai a reçu le 9 février des lettres de félicitations des dirigeants de la "
                        + "Mongolie et du Népal."));
    }

    @Test
    void statesListedAfterTheirSendersVerbAreRecipientsNotSenders() {
        assertEquals(List.of("message 2026-02-11"), events(
                "Le 11 février, la présidente Dang Thi Mai a adressé des messages de félicitations aux dirigeants "
                        + "de la Mongolie, du Népal et du Chili."));
    }
}
