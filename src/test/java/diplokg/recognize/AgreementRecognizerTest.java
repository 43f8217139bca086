package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Agreement;
import diplokg.fact.Contract;
import diplokg.fact.StatePair;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementRecognizerTest {

    private static List<Agreement> agreements(String... body) {
        return TestArticles.facts("2025-05", "Titre", body).facts(Contract.AGREEMENTS);
    }

    @Test
    void documentsSignedAreLocatedOnTheirPairOncePerType() {
        assertEquals(List.of(new Agreement("joint-statement", StatePair.of("ID", "VN")),
                        new Agreement("memorandum", StatePair.of("ID", "VN")),
                        new Agreement("agreement", StatePair.of("ID", "VN"))),
                agreements("Le Vietnam et l'Indonésie ont adopté une déclaration conjointe sur le partenariat "
                        + "stratégique intégral.", "Les deux ministres ont signé un mémorandum d'entente sur la pêche "
                        + "et deux accords de coopération, puis un autre mémorandum."));
    }

    @Test
    void aDocumentNamingAnOrganisationOrAProperNameWithAnAcronymIsMultilateral() {
        assertEquals(List.of(new Agreement("free-trade-agreement", null),
                        new Agreement("free-trade-agreement", StatePair.of("CL", "VN"))),
                agreements("Le Premier ministre chilien a salué l'accord de libre-échange entre le Vietnam et "
                        + "l'Union européenne ainsi que l'Accord de partenariat transpacifique global et progressiste "
                        + "(CPTPP).", "Il a aussi cité l'accord de libre-échange Vietnam - Chili."));
    }

    @Test
    void agreeingIsNoDocument() {
        assertEquals(List.of(), agreements("Le président sud-africain est tombé d'accord avec son homologue "
                + "vietnamien, en accord avec les deux gouvernements."));
    }

    @Test
    void aProtocolOrMemorandumOfAgreementIsAMemorandumAndAnActionProgrammeNoRoadmap() {
        assertEquals(List.of(new Agreement("memorandum", StatePair.of("NP", "VN"))),
                agreements("Le Népal et le Vietnam ont signé un protocole d’accord sur le tourisme et un mémorandum "
                        + "d'accord sur l'éducation, et élaboreront un programme d'action."));
    }

    @Test
    void aDocumentItsPartiesAreMembersOfIsMultilateral() {
        assertEquals(List.of(new Agreement("agreement", null), new Agreement("free-trade-agreement", null)),
                agreements("Le Pérou et le Vietnam sont tous deux membres de l'Accord sur la facilitation des "
                        + "échanges.", "Les accords de libre-échange auxquels le Pérou participe ont été évoqués."));
    }

    @Test
    void aConventionIsATreaty() {
        assertEquals(List.of(new Agreement("treaty", null)),
                agreements("Le Kenya et le Vietnam, signataires de la Convention de Vienne sur les "
                        + "relations consulaires, la respectent."));
    }
}
