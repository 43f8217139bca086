package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events named in the plural after a means cue ("grâce aux pourparlers", "via des réunions en ligne"), with no date
 * and no person, say how things are done, not what happened; a dated or named one after the same cue stays.
 */
class EventMeansTest {

    @Test
    void talksInThePluralAfterAMeansCueAreNoEvent() {
        assertEquals(List.of(), TestArticles.events("2022-06", "Le Vietnam et le Pérou",
                "Elle a déclaré que la confiance politique s'est consolidée grâce aux pourparlers et aux échanges "
                        + "de délégations entre les dirigeants des deux pays."));
    }

    @Test
    void meetingsOnlineInThePluralAfterViaAreNoEvent() {
        assertEquals(List.of(), TestArticles.events("2022-06", "Le Vietnam et le Pérou",
                "Les deux ministères maintiennent le contact via des réunions en ligne."));
    }

    @Test
    void aDatedMeetingAfterTheSameCueStays() {
        assertEquals(List.of("meeting 2022-05"), TestArticles.events("2022-06", "Le Vietnam et le Pérou",
                "La confiance s'est consolidée grâce aux entretiens de mai 2022 entre les dirigeants des deux "
                        + "pays."));
    }
}
