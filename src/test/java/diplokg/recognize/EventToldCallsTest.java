package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A phone call named again by a noun with no day of its own is the call told before, whoever it names. */
class EventToldCallsTest {

    @Test
    void theAttendantsOfACallToldBeforeMakeNoOtherCall() {
        assertEquals(List.of("phone-call 2025-02-11"), TestArticles.events("2025-02", "Le Vietnam et le Brésil",
                "Le président Tran Van Ba a eu mardi 11 février une conversation téléphonique avec le président "
                        + "brésilien Pedro Alves.",
                "Ont pris part à la conversation téléphonique le vice-Premier ministre Le Van Nam et le ministre "
                        + "des Affaires étrangères Hoang Thi Lan."));
    }

    @Test
    void aSecondCallWithItsOwnDayIsAnotherCall() {
        assertEquals(List.of("phone-call 2025-02-11", "phone-call 2025-02-14"), TestArticles.events("2025-02",
                "Le Vietnam et le Brésil",
                "Le président Tran Van Ba a eu mardi 11 février une conversation téléphonique avec le président "
                        + "brésilien Pedro Alves.",
                "Le vice-Premier ministre Le Van Nam a eu vendredi 14 février un entretien téléphonique avec le "
                        + "ministre brésilien Paulo Rocha."));
    }
}
