package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How messages (letters, congratulations, condolences) are told apart: who sends them, to whom, in which sentence. */
class EventMessagesTest {

    private static List<Set<String>> people(String month, String title, String... body) {
        return TestArticles.facts(month, title, body).facts(Contract.EVENTS).stream()
                .map(e -> Set.copyOf(e.participants()))
                .toList();
    }

    @Test
    void messagesOfAnArticleWithoutDateAreNotOneForLackingADay() {
        assertEquals(List.of("message null", "message null"), TestArticles.events(null, "Le Vietnam et le Laos",
                "Le président Tran Van Dao a adressé un message de félicitations au président lao Bounmy Vongsa.",
                "Le Premier ministre a envoyé une lettre de félicitations au Premier ministre cambodgien."));
        assertEquals(List.of("message 2025-11", "message 2025-11"), TestArticles.events("2025-11",
                "Le Vietnam, la Thaïlande et la Malaisie",
                "Le ministre des Affaires étrangères a adressé un message de condoléances au ministre thaïlandais "
                        + "des Affaires étrangères.",
                "Il a aussi envoyé une lettre au ministre malaisien des Affaires étrangères."));
        assertEquals(List.of(Set.of("Tran Van Dao", "Bounmy Vongsa"), Set.of("Tran Van Dao", "Norodom Sihak")),
                people(null, "Le Vietnam, le Laos et le Cambodge",
                        "Le président Tran Van Dao a adressé un message de condoléances au président laotien Bounmy "
                                + "Vongsa.",
                        "Le président Tran Van Dao a également adressé un message de condoléances au roi du "
                                + "Cambodge, Norodom Sihak."));
    }

    @Test
    void aMessageNamedAgainInAnArticleWithoutDateIsTheMessageToldBefore() {
        assertEquals(List.of("message null"), TestArticles.events(null, "Le Vietnam et la Hongrie",
                "La présidente de l'Assemblée nationale Nguyen Thi Mai a adressé une lettre à son homologue "
                        + "hongrois, László Kerekes.",
                "Dans sa lettre, Nguyen Thi Mai a souhaité que les deux Parlements renforcent leurs échanges."));
    }

    @Test
    void aLetterOpeningItsSentenceWithANewSenderIsThatSendersOwnMessage() {
        assertEquals(List.of(Set.of("Tran Van Dao", "Bounmy Vongsa"), Set.of("Nguyen Van Long")),
                people("2025-09", "Le Vietnam et le Laos",
                        "Le président Tran Van Dao a adressé le 2 septembre un message de félicitations au "
                                + "président laotien Bounmy Vongsa.",
                        "Dans son message, Tran Van Dao a salué l'amitié entre les deux peuples.",
                        "Dans sa lettre, le Premier ministre Nguyen Van Long a souhaité au Laos paix et prospérité."));
    }

    @Test
    void aLetterOpeningItsSentenceWithTheSenderLeftUnnamedBeforeIsTheSameMessage() {
        assertEquals(List.of("message 2024-02-05"), TestArticles.events("2024-02", "Le Vietnam et la Bolivie",
                "Le président vietnamien a adressé le 5 février un message de sympathie au président bolivien Luis "
                        + "Mendoza.",
                "Dans son message, le président Tran Van Dao a exprimé sa solidarité avec les sinistrés."));
    }

    @Test
    void sendersOfOneStateWritingRespectivelyPairWithTheirCounterpartsRankByRank() {
        assertEquals(List.of(Set.of("Tran Van Dao", "Bounmy Vongsa"), Set.of("Nguyen Van Long", "Somsak Keo"),
                Set.of("Pham Van Khoa", "Vilay Khamsouk")), people("2025-12", "Félicitations au Laos",
                "Le secrétaire général du Parti Tran Van Dao, le président Nguyen Van Long et le Premier ministre "
                        + "Pham Van Khoa ont adressé respectivement des messages de félicitations au secrétaire "
                        + "général du Parti populaire révolutionnaire lao Bounmy Vongsa, au président laotien Somsak "
                        + "Keo et au Premier ministre laotien Vilay Khamsouk."));
    }

    @Test
    void sendersWritingToTheirHomologuesPairWithThemRankByRank() {
        assertEquals(List.of(Set.of("Le Thi Hoa", "Ines Moreau"), Set.of("Vu Duc Minh", "Paul Girard")),
                people("2024-04", "Le Vietnam et la France",
                        "La ministre des Affaires étrangères Le Thi Hoa et le ministre du Commerce Vu Duc Minh ont "
                                + "envoyé des lettres à leurs homologues, la ministre française des Affaires "
                                + "étrangères Ines Moreau et le ministre français du Commerce Paul Girard."));
    }

    @Test
    void sendersWritingToOthersThanTheirCounterpartsEachWriteToAll() {
        assertEquals(List.of(Set.of("Tran Van Dao", "Norodom Sihak"), Set.of("Nguyen Van Long", "Norodom Sihak")),
                people("2025-10", "Condoléances au Cambodge",
                        "Le président Tran Van Dao et le Premier ministre Nguyen Van Long ont adressé des messages "
                                + "de condoléances au roi du Cambodge, Norodom Sihak."));
        assertEquals(List.of(Set.of("Tran Van Dao", "Norodom Sihak", "Hun Meas"),
                Set.of("Nguyen Van Long", "Norodom Sihak", "Hun Meas")), people("2025-10", "Le Vietnam et le Cambodge",
                "Le président Tran Van Dao et le Premier ministre Nguyen Van Long ont adressé des messages de "
                        + "félicitations au roi du Cambodge, Norodom Sihak, ainsi qu'au président du Sénat "
                        + "cambodgien, Hun Meas."));
    }

    @Test
    void leadersOfOneStateSendingAMessageTogetherSendOne() {
        assertEquals(List.of("message 2024-07-20"), TestArticles.events("2024-07", "Le Vietnam et le Laos",
                "Le 20 juillet, le président Tran Van Dao et le Premier ministre Le Thi Hoa ont envoyé conjointement "
                        + "un message de félicitations au président lao Bounmy Vongsa."));
        assertEquals(List.of("message 2024-07-20", "message 2024-07-20"), TestArticles.events("2024-07",
                "Le Vietnam et le Laos", "Le 20 juillet, le président Tran Van Dao et le Premier ministre Le Thi Hoa "
                        + "ont envoyé des messages de félicitations au président lao Bounmy Vongsa."));
    }

    @Test
    void leadersOfOneStateExchangingMessagesWithTheOtherSideTellOneExchange() {
        assertEquals(List.of("message 2024-07-20"), TestArticles.events("2024-07", "Le Vietnam et le Laos",
                "Le 20 juillet, le président Tran Van Dao et le Premier ministre Le Thi Hoa ont échangé des messages "
                        + "de félicitations avec le président lao Bounmy Vongsa et le Premier ministre lao Sone Keo."));
    }

    @Test
    void aLetterOfSomeoneWhoServesNoStateLeavesTheNextLetterItsOwn() {
        assertEquals(List.of(Set.of("Maria Lind", "Tô Lâm"), Set.of("Carl Gustaf", "Tô Lâm")), people("2024-09",
                "Vœux pour la Fête nationale",
                "En adressant une lettre de félicitations au président Tô Lâm, la secrétaire générale de l'ONU, "
                        + "Maria Lind, a souligné l'importance du développement durable.",
                "Dans son message de félicitations au président Tô Lâm, le roi de Suède, Carl Gustaf, a salué les "
                        + "relations entre les deux pays."));
        assertEquals(List.of(Set.of("Hans Weber", "Tô Lâm"), Set.of("Carl Gustaf", "Tô Lâm")), people("2024-09",
                "Vœux pour la Fête nationale",
                "Le président allemand Hans Weber a adressé une lettre de félicitations au président Tô Lâm.",
                "Dans son message de félicitations au président Tô Lâm, le roi de Suède, Carl Gustaf, a salué les "
                        + "relations entre les deux pays."));
    }
}
