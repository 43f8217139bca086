package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event told "le même jour" is a new one after those the body told before, but the title's event may be this
 * one: the title's session is the session the body tells the same day, not another.
 */
class EventSameDayTitleTest {

    @Test
    void aSessionToldTheSameDayIsTheTitlesSession() {
        assertEquals(List.of("conference 2022-07-19", "meeting 2022-07-19"), TestArticles.events("2022-07",
                "3e session du comité mixte Vietnam - Hongrie",
                "Le ministre Tran Van Ba a reçu le 19 juillet à Hanoï le vice-ministre hongrois Gabor Toth.",
                "Le même jour, le vice-ministre Le Van Nam et Gabor Toth ont coprésidé la 3e session du comité "
                        + "mixte."));
    }

    @Test
    void aMeetingToldTheSameDayIsStillAnotherThanTheBodysFirst() {
        assertEquals(List.of("meeting 2022-07-19", "meeting 2022-07-19"), TestArticles.events("2022-07",
                "Le Vietnam et la Hongrie",
                "Le ministre Tran Van Ba a reçu le 19 juillet à Hanoï le vice-ministre hongrois Gabor Toth.",
                "Le même jour, le vice-ministre Le Van Nam a reçu Gabor Toth."));
    }
}
