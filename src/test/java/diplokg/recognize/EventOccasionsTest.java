package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gatherings that are named but not told as happening: an occasion ("à l'occasion de la célébration ..."), the
 * purpose of a trip ("pour assister à la cérémonie ..."), a room ("la salle de conférence"), and a gathering put
 * off or called off ("le report du sommet"), talks named again ("à l'issue de leur sommet"), a signing aimed at
 * ("envisager la signature", "accélérer la signature").
 */
class EventOccasionsTest {

    @Test
    void aCelebrationGivenAsTheOccasionIsNoConference() {
        assertEquals(List.of("message 2021-03"), TestArticles.events("2021-03", "Le Vietnam et le Pérou",
                "À l'occasion de la célébration du 30e anniversaire des relations diplomatiques, le président "
                        + "Tran Van Ba a adressé un message de félicitations au président péruvien Luis Ortega."));
    }

    @Test
    void aCeremonyGivenAsThePurposeOfATripIsNoConference() {
        assertEquals(List.of("visit 2020-11"), TestArticles.events("2020-11", "Le Vietnam et la Norvège",
                "Le vice-président Tran Van Ba est arrivé à Oslo, en visite en Norvège pour assister à la "
                        + "cérémonie d'ouverture d'un musée."));
    }

    @Test
    void aConferenceRoomIsNoConference() {
        assertEquals(List.of("meeting 2022-04-06"), TestArticles.events("2022-04", "Le Vietnam et le Danemark",
                "Le 6 avril, le ministre Tran Van Ba a reçu son homologue danois Lars Holm.",
                "Les deux ministres sont passés dans la salle de conférence pour poursuivre leur entretien."));
    }

    @Test
    void aPostponedSummitIsNoConference() {
        assertEquals(List.of("phone-call 2021-02-03"), TestArticles.events("2021-02", "Le Vietnam et le Canada",
                "Le 3 février, le Premier ministre Tran Van Ba a eu un entretien téléphonique avec son homologue "
                        + "canadien Paul Martin.",
                "Paul Martin a regretté le report du sommet régional en raison de la pandémie."));
    }

    @Test
    void aSigningConsideredOrToHastenIsNoSigning() {
        assertEquals(List.of("meeting 2023-05-09"), TestArticles.events("2023-05", "Le Vietnam et le Pérou",
                "Le 9 mai, le ministre Tran Van Ba a rencontré son homologue péruvienne Ana Ruiz.",
                "Les deux ministres ont convenu d'envisager la signature d'un accord sur la pêche.",
                "Ana Ruiz a proposé d'accélérer la signature d'un mémorandum sur l'éducation."));
    }

    @Test
    void theirSummitAfterTalksNamesTheTalks() {
        assertEquals(List.of("meeting 2022-10-04"), TestArticles.events("2022-10", "Le Vietnam et la Finlande",
                "Le 4 octobre, le président Tran Van Ba a eu des entretiens avec la présidente finlandaise "
                        + "Anna Virtanen.",
                "Dans une déclaration publiée à l'issue de leur sommet, Anna Virtanen a salué la coopération."));
    }
}
