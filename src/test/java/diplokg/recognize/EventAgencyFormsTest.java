package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms of agency prose: a handing-over of signed agreements, a letter of intent, the dialogue as a means, a date in
 * the phrase of a recalled visit, two recalled visits each with its year, a multilateral "réunion", a site visited,
 * going to a state ("s'est rendu au Japon"), a visit recalled with its year beside the article's own.
 */
class EventAgencyFormsTest {

    @Test
    void aHandingOverOfAgreementsIsASigning() {
        assertEquals(List.of("meeting 2024-04-02", "signing 2024-04-02"), TestArticles.events("2024-04",
                "Le Vietnam et le Chili",
                "Le président Tran Van Ba et le président chilien Pablo Soto ont assisté, le 2 avril, après leur "
                        + "entretien à Hanoï, à la cérémonie de remise des accords de coopération."));
    }

    @Test
    void aLetterOfIntentIsNoMessage() {
        assertEquals(List.of("signing 2023-06-14"), TestArticles.events("2023-06", "Le Vietnam et la Suède",
                "Le 14 juin, le groupe suédois Nordvik a signé une lettre d'intention avec le ministre Tran Van Ba."));
    }

    @Test
    void theDialogueAsAMeansIsNoConference() {
        assertEquals(List.of("meeting 2022-08-09"), TestArticles.events("2022-08", "Le Vietnam et le Chili",
                "Le 9 août, le ministre Tran Van Ba a reçu son homologue chilien Pablo Soto.",
                "Les deux ministres ont souhaité le règlement des différends par le dialogue."));
    }

    @Test
    void aRecalledVisitTakesTheDateOfItsOwnPhrase() {
        assertEquals(List.of("message 2024-05", "visit 2012-03"), TestArticles.events("2024-05",
                "Le Vietnam et la Grèce",
                "Le président grec Nikos Pappas a adressé un message de condoléances au président Tran Van Ba.",
                "Les deux pays ont établi leur partenariat en 2012, à l'occasion de la visite du président Tran Van "
                        + "Ba en Grèce en mars 2012."));
    }

    @Test
    void twoRecalledVisitsEachTakeTheirYear() {
        assertEquals(List.of("meeting 2023-03-08", "visit 2016", "visit 2019"), TestArticles.events("2023-03",
                "Le Vietnam et le Ghana",
                "Le 8 mars, le ministre Tran Van Ba a reçu l'ambassadeur ghanéen Kofi Mensah.",
                "Kofi Mensah a rappelé la visite du président ghanéen John Addo au Vietnam en 2016 et la visite "
                        + "du président Tran Van Ba au Ghana en 2019."));
    }

    @Test
    void aRecalledVisitOwnsTheYearOfItsPhraseThoughASigningIsNearer() {
        assertEquals(List.of("visit 2016", "visit 2019"), TestArticles.events("2023-03", "Le Vietnam et le Ghana",
                "Le 8 mars, le ministre Tran Van Ba a reçu l'ambassadeur ghanéen Kofi Mensah.",
                "Il a précisé qu'à l'occasion de la visite du président ghanéen John Addo au Vietnam en 2016 et de "
                        + "la visite du président Tran Van Ba au Ghana en 2019, les deux pays avaient signé dix "
                        + "accords.").stream().filter(e -> e.startsWith("visit")).toList());
    }

    @Test
    void aMeetingOfMinistersOrOfACommissionIsAConference() {
        assertEquals(List.of("conference 2022-06-14"), TestArticles.events("2022-06", "Le Vietnam et l'ASEAN",
                "La réunion des ministres de l'Économie de l'ASEAN s'est ouverte le 14 juin à Vientiane."));
        assertEquals(List.of("conference 2022-06-15"), TestArticles.events("2022-06", "Le Vietnam et l'ASEAN",
                "Le 15 juin, lors de la réunion de la Commission du fleuve, les délégués ont adopté un plan."));
    }

    @Test
    void visitingAnExhibitionAboutTwoStatesIsNoVisit() {
        assertEquals(List.of("conference 2024-10-03"), TestArticles.events("2024-10", "Le Vietnam et le Maroc",
                "L'ambassade du Vietnam au Maroc a organisé le 3 octobre une cérémonie pour la Fête nationale.",
                "Les invités ont visité une exposition de photos sur les relations entre le Vietnam et le Maroc."));
    }

    @Test
    void goingToAStateIsAVisitAndARecalledOneIsAnother() {
        assertEquals(List.of("visit 2019-05", "visit 1975"), TestArticles.events("2019-05",
                "La visite au Vietnam du président finlandais",
                "Le président finlandais Mikko Laine a effectué une visite d'État au Vietnam.",
                "Auparavant, le président finlandais Urho Virtanen s'était rendu au Vietnam en 1975."));
    }

    @Test
    void goingIntoARoomIsNoVisit() {
        assertEquals(List.of("meeting 2022-04-06"), TestArticles.events("2022-04", "Le Vietnam et le Danemark",
                "Le 6 avril, le ministre Tran Van Ba a reçu son homologue danois Lars Holm.",
                "Les deux ministres se sont rendus ensuite dans la salle des banquets."));
    }

    @Test
    void aProtocolCallOnALeaderIsAMeeting() {
        assertEquals(List.of("meeting 2024-03-05"), TestArticles.events("2024-03", "Le Vietnam et le Chili",
                "Le 5 mars, le président chilien Pablo Soto est venu rendre une visite protocolaire au secrétaire "
                        + "général du Parti Tran Van Ba."));
    }
}
