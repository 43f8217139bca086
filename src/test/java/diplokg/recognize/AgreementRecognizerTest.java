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
        // Two documents with no pair: the one with the Union and the CPTPP.
        assertEquals(List.of(new Agreement("free-trade-agreement", null), new Agreement("free-trade-agreement", null),
                        new Agreement("free-trade-agreement", StatePair.of("CL", "VN"))),
                agreements("Le Premier ministre chilien a salué l'accord de libre-échange entre le Vietnam et "
                        + "l'Union européenne ainsi que l'Accord de partenariat transpacifique global et progressiste "
                        + "(CPTPP).", "Il a aussi cité l'accord de libre-échange Vietnam - Chili."));
    }

    @Test
    void aDocumentBetweenTwoStatesNationalBodiesHasTheirPair() {
        assertEquals(List.of(new Agreement("memorandum", StatePair.of("JP", "VN"))),
                agreements("Ils ont assisté à la signature d'un mémorandum entre la Banque d'État du Vietnam (BEV) "
                        + "et la Société japonaise d'assurance commerciale (NEXI)."));
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

    @Test
    void aDocumentNamingAnOrganisationBesideTwoStatesOrThreeStatesIsMultilateral() {
        assertEquals(List.of(new Agreement("free-trade-agreement", null), new Agreement("agreement", null)),
                agreements("Le ministre thaïlandais a cité l'accord de libre-échange ASEAN - Chine - Japon devant "
                        + "l'Association des nations de l'Asie du Sud-Est (ASEAN).",
                        "Le Vietnam a évoqué l'accord sur la pêche Laos - Cambodge - Thaïlande."));
    }

    @Test
    void namedMultilateralDocumentsOfOneTypeAreOneItemEach() {
        assertEquals(List.of(new Agreement("free-trade-agreement", null), new Agreement("free-trade-agreement", null)),
                agreements("Le Canada et le Vietnam, qui appliquent l'Accord global et progressif de partenariat "
                        + "transpacifique (CPTPP), ont aussi cité le RCEP.", "Ils veulent tirer parti du CPTPP."));
    }

    @Test
    void aTrilateralDocumentIsMultilateral() {
        assertEquals(List.of(new Agreement("agreement", null)),
                agreements("Le Chili, lié au Pérou et à la Colombie par un accord commercial trilatéral, veut "
                        + "commercer davantage avec le Vietnam."));
    }

    @Test
    void thePartiesAfterAParticipleBelongToTheName() {
        assertEquals(List.of(new Agreement("free-trade-agreement", null)),
                agreements("La Tchéquie et le Vietnam misent sur l'accord de libre-échange conclu entre le Vietnam "
                        + "et l'Union européenne (UE)."));
    }

    @Test
    void aDocumentOfTheKindJustToldOrTheLeadersUnderstandingsAreNoNewDocument() {
        assertEquals(List.of(new Agreement("free-trade-agreement", StatePair.of("JO", "VN"))),
                agreements("Le Vietnam et la Jordanie ont signé un accord de libre-échange, le premier accord de ce "
                        + "type pour Amman.", "Les deux parties appliqueront les accords conclus au plus haut niveau "
                        + "entre le Vietnam et la Jordanie."));
    }

    @Test
    void capitalsAfterTheVerbOfTheDocumentGiveItsPair() {
        assertEquals(List.of(new Agreement("agreement", StatePair.of("JP", "VN"))),
                agreements("Le Vietnam et la Thaïlande ont renforcé leurs liens.", "Au total, six accords ont été "
                        + "signés entre Hanoï et Tokyo l'an dernier."));
    }

    @Test
    void aCompoundJoiningAStateToAnOrganisationMakesTheDocumentMultilateral() {
        assertEquals(List.of(new Agreement("free-trade-agreement", null)),
                agreements("Le Kazakhstan et le Vietnam appliquent l'accord de libre-échange Vietnam-Union "
                        + "économique eurasiatique depuis 2016."));
    }

    @Test
    void aStateJoinedToAnOrganisationsAcronymNamesAMultilateralDocument() {
        assertEquals(List.of(new Agreement("free-trade-agreement", null)), agreements(
                "Le Chili et le Vietnam veulent tirer parti de l'accord de libre-échange Vietnam-AELE."));
        assertEquals(List.of(new Agreement("free-trade-agreement", null)), agreements(
                "Le Kazakhstan et le Vietnam appliquent l'Accord de libre-échange Vietnam-Union économique "
                        + "eurasiatique (UEEA).", "Ils amenderont l'Accord de libre-échange Vietnam-UEEA."));
        assertEquals(List.of(new Agreement("free-trade-agreement", StatePair.of("AE", "VN"))), agreements(
                "Les Émirats arabes unis et le Vietnam ont signé l'accord de libre-échange Vietnam-EAU."));
    }

    @Test
    void aStatesFreeTradeAgreementsInThePluralAreNoPairs() {
        assertEquals(List.of(new Agreement("free-trade-agreement", null)),
                agreements("Le président kényan a reçu l'ambassadeur du Vietnam à Nairobi pour parler du commerce "
                        + "entre les deux pays.", "Il a salué le Vietnam, qui compte seize accords de libre-échange "
                        + "en vigueur."));
    }

    @Test
    void anOrganisationJoinedToTheHomeStateIsTheOtherPartyOfAnUnnamedDocument() {
        assertEquals(List.of(new Agreement("free-trade-agreement", null)),
                agreements("Le président kényan a reçu l'ambassadeur du Vietnam à Nairobi.", "Le Kenya est membre "
                        + "de la Communauté d'Afrique de l'Est (CAE), avec laquelle le Vietnam étudie un accord de "
                        + "libre-échange."));
        assertEquals(List.of(new Agreement("agreement", null)),
                agreements("Le président kényan a reçu l'ambassadeur du Vietnam à Nairobi.", "Il souhaite que le "
                        + "Vietnam et la Communauté d'Afrique de l'Est concluent bientôt un accord commercial."));
    }

    @Test
    void aBareAccordAfterADefiniteDeterminerIsTheDocumentNamedBefore() {
        assertEquals(List.of(new Agreement("free-trade-agreement", StatePair.of("CL", "VN"))),
                agreements("Les ministres ont signé à Santiago l'accord de libre-échange Vietnam - Chili.",
                        "Le président chilien a salué la signature de l'accord, puis a reçu la délégation."));
        assertEquals(List.of(new Agreement("memorandum", StatePair.of("CL", "VN")),
                        new Agreement("agreement", StatePair.of("CL", "VN"))),
                agreements("Le Vietnam et le Chili ont signé un mémorandum sur la pêche.",
                        "Ils ont aussi signé un accord, le premier du genre."));
    }

    @Test
    void aDocumentStillToBeDrawnUpIsNoneOfTheArticles() {
        assertEquals(List.of(new Agreement("memorandum", StatePair.of("TH", "VN"))),
                agreements("Le Vietnam et la Thaïlande ont signé un mémorandum d'entente sur l'énergie.",
                        "Les deux ministres ont décidé d'élaborer bientôt une feuille de route commune.",
                        "Un plan d'action conjoint sera élaboré l'an prochain."));
    }

    @Test
    void aDocumentSignedToDrawUpAnotherOrWhoseDraftingIsToldIsTheArticles() {
        assertEquals(List.of(new Agreement("memorandum", StatePair.of("JP", "VN"))),
                agreements("Le Vietnam et le Japon ont signé un mémorandum d'entente pour élaborer une stratégie "
                        + "commune."));
        assertEquals(List.of(new Agreement("free-trade-agreement", StatePair.of("CL", "VN"))),
                agreements("L'élaboration de l'accord de libre-échange entre le Vietnam et le Chili a duré "
                        + "trois ans."));
    }

    @Test
    void anActionProgrammeOfAPartnershipIsARoadmap() {
        assertEquals(List.of(new Agreement("roadmap", StatePair.of("CL", "VN"))),
                agreements("Le Vietnam et le Chili mettront en œuvre le programme d'action pour la période "
                        + "2024-2028 de leur partenariat."));
        // A programme of another kind is no roadmap.
        assertEquals(List.of(), agreements("Le Vietnam et le Chili ont présenté le programme de la visite."));
    }
}
