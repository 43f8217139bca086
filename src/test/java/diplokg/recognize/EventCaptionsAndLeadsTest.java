package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A caption shows an event the body tells, unless it writes a year; a lead written again after it is one news. */
class EventCaptionsAndLeadsTest {

    private static final String AUDIENCE = "Le ministre des Affaires étrangères Tran Van Ba a reçu mardi 6 mai à "
            + "Hanoï l'ambassadeur chilien Pablo Rojas.";

    @Test
    void anUndatedCaptionTellsNoEventOfItsOwn() {
        assertEquals(List.of("conference 2025-05-06"), TestArticles.events("2025-05", "Le Vietnam et le Chili",
                "Vue de la réunion de consultation politique Vietnam - Chili. Photo : VNA",
                "Le vice-ministre Tran Van Ba et son homologue chilien Pablo Rojas ont coprésidé mardi 6 mai à Hanoï "
                        + "la 5e consultation politique entre les deux pays."));
    }

    @Test
    void aCaptionThatWritesAYearShowsAnotherEvent() {
        assertEquals(List.of("signing 2019-03-20", "meeting 2025-05-06"), TestArticles.events("2025-05",
                "Le Vietnam et le Chili", "Signature d'un accord de coopération entre les deux pays, 20 mars 2019. "
                        + "Photo : VNA", AUDIENCE));
    }

    @Test
    void anEventToldRightAfterALeadNamingNobodyHappenedOnTheLeadsDay() {
        String lead = "Le ministre des Affaires étrangères Tran Van Ba et son homologue tunisien Karim Haddad ont "
                + "affirmé mardi 6 juillet leur volonté de développer le commerce bilatéral.";
        assertEquals(List.of("phone-call 2021-07-06"), TestArticles.events("2021-07", "Le Vietnam et la Tunisie", lead,
                "Lors de leur entretien téléphonique, les deux ministres ont salué les relations d'amitié."));
        // Not right after it: the lead dates only an event naming one of its people.
        assertEquals(List.of("phone-call 2021-07"), TestArticles.events("2021-07", "Le Vietnam et la Tunisie", lead,
                "Les deux pays entretiennent des relations d'amitié.",
                "Lors d'un entretien téléphonique, les deux ministres ont salué ces relations."));
    }

    @Test
    void aLeadWrittenAgainWithMoreWordsIsOneEvent() {
        String lead = "Une cérémonie commémorant le 30e anniversaire des relations diplomatiques entre le Vietnam "
                + "et le Chili s'est tenue le 9 mai à Santiago";
        assertEquals(List.of("conference 2025-05-09"), TestArticles.events("2025-05", "Le Vietnam et le Chili",
                lead + ".", lead + ", en présence du ministre chilien des Affaires étrangères Pablo Rojas."));
    }
}
