package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents concluded by two states, and the day of an event told with the visit that frames it. */
class EventFramedVisitsTest {

    @Test
    void documentsConcludedByTwoStatesAreASigning() {
        assertEquals(List.of("signing 2024-11-07"), TestArticles.events("2024-11", "Le Laos et le Vietnam",
                "Le Laos et le Vietnam ont conclu jeudi 7 novembre à Vientiane deux mémorandums d'entente sur "
                        + "l'énergie."));
    }

    @Test
    void concludingTheirOwnTalksIsNoSigning() {
        assertEquals(List.of("meeting 2024-11-07"), TestArticles.events("2024-11", "Le Laos et le Vietnam",
                "Les deux ministres ont conclu leurs entretiens jeudi 7 novembre à Vientiane."));
    }

    @Test
    void theDayBeforeTheFrameOfAVisitIsTheSigningsNotTheVisits() {
        assertEquals(List.of("signing 2024-03-12", "visit 2024-03"), TestArticles.events("2024-03",
                "La Thaïlande et le Vietnam",
                "La Thaïlande et le Vietnam ont signé quatre accords de coopération, mardi 12 mars, dans le cadre "
                        + "de la visite officielle au Vietnam du Premier ministre thaïlandais Somchai Rattana."));
        assertEquals(List.of("meeting 2024-03-12", "visit 2024-03"), TestArticles.events("2024-03",
                "La Thaïlande et le Vietnam",
                "Le président Tran Van Ba a reçu le ministre thaïlandais Somchai Rattana le 12 mars, lors de sa "
                        + "visite de travail au Vietnam."));
    }

    @Test
    void theDayOpeningTheSentenceIsTheMainClausesNotTheFramingVisits() {
        assertEquals(List.of("visit 2024-03", "meeting 2024-03-12"), TestArticles.events("2024-03",
                "La Thaïlande et le Vietnam",
                "Le 12 mars, dans le cadre de sa visite de travail en Thaïlande, la vice-ministre Le Thi Lan a eu "
                        + "une séance de travail avec son homologue thaïlandais Somchai Rattana."));
        // No event told after the frame: the opening day is the visit's own.
        assertEquals(List.of("visit 2024-03-12"), TestArticles.events("2024-03",
                "La Thaïlande et le Vietnam",
                "Le 12 mars, dans le cadre de sa visite de travail en Thaïlande, la vice-ministre Le Thi Lan a "
                        + "souligné l'importance du tourisme."));
        // A participle in an apposition to the subject is not the main clause's verb.
        assertEquals(List.of("visit 2024-03", "meeting 2024-03-12"), TestArticles.events("2024-03",
                "La Thaïlande et le Vietnam",
                "Le 12 mars, dans le cadre de sa visite de travail en Thaïlande, la vice-ministre Le Thi Lan, "
                        + "accompagnée d'une délégation, a eu une séance de travail avec son homologue thaïlandais "
                        + "Somchai Rattana."));
    }

    @Test
    void anEventOfALaterClauseLeavesTheOpeningDayToTheVisit() {
        assertEquals(List.of("visit 2024-03-12", "signing 2019"), TestArticles.events("2024-03",
                "La Thaïlande et le Vietnam",
                "Le 12 mars, dans le cadre de sa visite de travail en Thaïlande, la vice-ministre Le Thi Lan a "
                        + "rappelé que les deux pays avaient signé en 2019 un accord sur le tourisme."));
        assertEquals(List.of("visit 2024-03-12", "meeting 2022"), TestArticles.events("2024-03",
                "La Thaïlande et le Vietnam",
                "Le 12 mars, dans le cadre de sa visite de travail en Thaïlande, la vice-ministre Le Thi Lan a "
                        + "déposé une gerbe, et évoqué sa rencontre avec Somchai Rattana en 2022."));
    }
}
