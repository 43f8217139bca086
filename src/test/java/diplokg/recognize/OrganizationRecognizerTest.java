package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import diplokg.fact.Organization;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationRecognizerTest {

    private static List<List<String>> organizations(String... body) {
        return TestArticles.facts(null, "Titre", body).facts(Contract.ORGANIZATIONS).stream()
                .map(Organization::names)
                .toList();
    }

    @Test
    void mergesAFullNameAndItsAcronymInParentheses() {
        assertEquals(List.of(List.of("Union africaine", "UA")),
                organizations("Le pays est membre de l'Union africaine (UA).", "L'UA a salué l'accord."));
    }

    @Test
    void aPartyWrittenShortAfterItsFullNameIsTheSameParty() {
        assertEquals(List.of(List.of("Parti communiste du Vietnam")),
                organizations("Le secrétaire général du Parti communiste et président a reçu l'ambassadeur.",
                        "Il a rappelé le rôle du Parti communiste du Vietnam."));
        assertEquals(List.of(List.of("Parti communiste du Vietnam"), List.of("Parti communiste chinois")),
                organizations("Le Parti communiste du Vietnam et le Parti communiste chinois ont tenu un colloque.",
                        "Le Parti communiste a plus de cinq millions de membres."));
    }

    @Test
    void aCapitalisedWordThenAConjunctionAndLinkersEndsANameBeforeALowerCaseNoun() {
        assertEquals(List.of(List.of("Parti communiste chinois")), organizations(
                "Le Parti communiste chinois a envoyé une délégation.",
                "Il a souligné l'importance de l'édification du Parti et de la lutte contre la corruption."));
    }

    @Test
    void aDashBeforeLinkersAndACapitalisedWordIsNoDocumentsHeadWord() {
        // The dash, a word of its own, once stopped the extraction of the whole article (an empty split of "-").
        assertEquals(List.of(), organizations("Les échanges ont progressé - de l'Asie à l'Europe, selon le ministre."));
    }

    @Test
    void aBrandWrittenAloneIsACompanyButAFamilyNamesPrefixIsNone() {
        assertEquals(List.of(List.of("MediCura"), List.of("PetroNord")),
                organizations("Le Japon a offert des doses du vaccin MediCura au Vietnam.",
                        "La coopération entre PetroNord et le Vietnam progresse.",
                        "Le ministre néo-zélandais Todd McKay a visité Hanoï."));
    }

    @Test
    void anAcronymOfCommonWordsIsNoOrganisation() {
        assertEquals(List.of(List.of("Organisation mondiale du commerce", "OMC")),
                organizations("Ils luttent contre la pêche illicite, non déclarée et non réglementée (INN).",
                        "Ils soutiennent l'Organisation mondiale du commerce (OMC).", "La pêche INN recule."));
    }

    @Test
    void aStatesGovernmentByItsOwnNameIsNoBusinessCouncil() {
        assertEquals(List.of(),
                organizations("Le Premier ministre du Conseil des affaires d'État de la Chine a reçu le ministre."));
    }

    @Test
    void aJointStockCompanysLegalFormOpensOrIntroducesItsName() {
        assertEquals(List.of(List.of("Société par actions des produits laitiers du Vietnam", "VNM"),
                        List.of("Neftegaz")),
                organizations("La Société par actions des produits laitiers du Vietnam (VNM) a signé un contrat "
                        + "avec la société par actions Neftegaz."));
    }

    @Test
    void aLineInCapitalsHoldsNoAcronyms() {
        assertEquals(List.of(List.of("Parti communiste du Vietnam", "PCV")),
                organizations("LETTRE DE CONDOLÉANCES DES DIRIGEANTS POUR LE DÉCÈS DE SON EXCELLENCE NGUYEN VAN A",
                        "Le Parti communiste du Vietnam (PCV) a reçu la lettre."));
    }

    @Test
    void aParticipleAfterAConjunctionIsTheNextVerbNotTheName() {
        assertEquals(List.of(List.of("Ligue arabe")),
                organizations("Le ministre a visité le siège de la Ligue arabe et salué son secrétaire général."));
    }

    @Test
    void aNegatedAdjectiveBelongsToTheName() {
        assertEquals(List.of(List.of("Mouvement des pays non alignés")),
                organizations("Les deux pays coopèrent au sein du Mouvement des pays non alignés."));
    }

    @Test
    void aNameClosedByItsCompanyWordEndsThere() {
        assertEquals(List.of(List.of("ABC Holdings")),
                organizations("Un accord a été signé avec le groupe vietnamien ABC Holdings pour la livraison "
                        + "de dix avions."));
    }

    @Test
    void aBrandWithACapitalInsideContinuesTheName() {
        assertEquals(List.of(List.of("Compagnie d'aviation VietStar")),
                organizations("La Compagnie d'aviation VietStar a acheté des avions."));
    }

    @Test
    void aPlaceBeforeAnAppositionIsNoCompany() {
        assertEquals(List.of(List.of("Dassault")),
                organizations("Pendant la visite du président en Italie, le groupe Dassault a signé un contrat."));
    }

    @Test
    void aNewspaperNameEndsWithItsEnglishWord() {
        assertEquals(List.of(List.of("Saigon Review")),
                organizations("La Saigon Review a publié une analyse des relations."));
    }

    @Test
    void prefixedOfficesAndProductsAreNoAcronyms() {
        assertEquals(List.of(), organizations("Le PM Nguyen Van A a visité un terminal de LNG."));
    }

    @Test
    void aNameFoundBeforeBringsTheNamesCoordinatedWithItLater() {
        assertEquals(List.of(List.of("Thales"), List.of("General Dynamics")),
                organizations("Le groupe Thales a signé un contrat.",
                        "Le marché sera partagé entre Thales et General Dynamics."));
    }

    @Test
    void anAcronymThatBeginsAsTheNameIsTheNamesThoughAnAgreementPrecedes() {
        assertEquals(List.of(List.of("Union économique eurasiatique", "UEEA")),
                organizations("Ils veulent un accord de libre-échange entre le Vietnam et l'Union économique "
                        + "eurasiatique (UEEA)."));
    }

    @Test
    void aNounOfAStateAfterAConjunctionEndsAName() {
        assertEquals(List.of(List.of("Front pour la reconstruction nationale")),
                organizations("Il a écrit au Front pour la reconstruction nationale et le peuple cubain."));
    }

    @Test
    void readsNamesWithLinkedLowerCaseWords() {
        assertEquals(List.of(List.of("Association d'amitié Vietnam - Cuba")),
                organizations("L'Association d'amitié Vietnam - Cuba a organisé une rencontre."));
    }

    @Test
    void aLowerCaseCueIntroducesTheNameAfterIt() {
        assertEquals(List.of(List.of("Yonhap")), organizations("Selon l'agence Yonhap, la visite a eu lieu."));
    }

    @Test
    void ministriesAndAgreementAcronymsAreNotOrganisations() {
        assertEquals(List.of(), organizations("Le ministère des Affaires étrangères a présenté l'Accord de "
                + "partenariat transpacifique global et progressiste (CPTPP).", "Le CPTPP entre en vigueur."));
    }

    @Test
    void acronymsOfMinistriesMechanismsAndStatesAreNotOrganisations() {
        assertEquals(List.of(List.of("OMC")), organizations("Le ministère des Affaires étrangères (AE) a salué "
                + "l'adhésion à l'OMC.", "Le Mécanisme COVAX a livré des doses aux EAU et à la RPDC.",
                "Les AE ont reçu une note."));
    }

    @Test
    void aPartyNameEndsWhereItsLeaderNameBegins() {
        assertEquals(List.of(List.of("Parti communiste du Vietnam"), List.of("Parti révolutionnaire populaire lao")),
                organizations("Le secrétaire général du Parti communiste du Vietnam To Lam a reçu le président du "
                        + "Parti révolutionnaire populaire lao Thongloun Sisoulith."));
    }

    @Test
    void companiesAfterCoordinatedLowerCaseCuesAreEachTheirOwn() {
        assertEquals(List.of(List.of("Vingroup"), List.of("Japan Airlines"), List.of("Kyodo")),
                organizations("Le groupe Vingroup et la compagnie aérienne Japan Airlines ont signé un contrat, "
                        + "selon l'agence de presse Kyodo."));
    }

    @Test
    void aPartyCommitteeOfACityIsNoOrganisation() {
        assertEquals(List.of(), organizations("Le secrétaire du Comité du Parti de Hanoï a reçu la délégation."));
    }

    @Test
    void namesListedAfterAPluralCompanyCueAreCompanies() {
        assertEquals(List.of(List.of("Siemens"), List.of("BASF"), List.of("Bosch")),
                organizations("Il a appelé les entreprises allemandes, notamment Siemens, BASF et Bosch, à investir."));
    }

    @Test
    void anAcronymFollowedByCapitalisedWordsIsOneName() {
        assertEquals(List.of(List.of("CJ Logistics"), List.of("Posco")),
                organizations("Les groupes coréens, dont CJ Logistics et Posco, ont ouvert des usines."));
    }

    @Test
    void aCompanyWordClosingCapitalisedWordsMakesAName() {
        assertEquals(List.of(List.of("Vietnam Airlines"), List.of("Thaco Industries")),
                organizations("Vietnam Airlines a ouvert une ligne.", "Thaco Industries a investi dans une usine."));
    }

    @Test
    void namesCoordinatedWithAKnownOrganisationAreOrganisations() {
        assertEquals(List.of(List.of("FPT"), List.of("Viettel"), List.of("Vingroup")),
                organizations("Viettel, FPT et Vingroup ont présenté leurs produits."));
    }

    @Test
    void aCompanyCueInAppositionMakesTheNameBeforeItACompany() {
        assertEquals(List.of(List.of("Unitel"), List.of("Viettel")),
                organizations("Il a salué les résultats de Unitel, filiale du groupe Viettel au Laos."));
    }

    @Test
    void aNameDoesNotRunOnOverAConjunctionAndLowerCaseNouns() {
        assertEquals(List.of(List.of("Viettel")),
                organizations("Le projet réunit le groupe Viettel et des partenaires cambodgiens."));
    }

    @Test
    void aChamberOfCommerceKeepsItsPlaceAndAcronym() {
        assertEquals(List.of(List.of("Chambre de commerce européenne au Vietnam", "EuroCham")),
                organizations("Il a assisté à un forum organisé par la Chambre de commerce européenne au Vietnam "
                        + "(EuroCham)."));
    }

    @Test
    void theAcronymOfAMinistryListingItsFieldsIsNoOrganisation() {
        assertEquals(List.of(), organizations("Le ministère de la Science et de la Technologie (MST) a signé un "
                + "accord avec le ministère de l'Intérieur, des Cultes et de la Jeunesse (MICJ)."));
    }

    @Test
    void anAcronymOfAMinistrysFieldIsNoOrganisation() {
        assertEquals(List.of(List.of("ASEAN")), organizations("La ministre kényane des AE a reçu le vice-ministre "
                + "des AE.", "Les ministres des Affaires étrangères de l'ASEAN se réunissent."));
    }

    @Test
    void aParliamentsFriendshipGroupAndASteeringGroupAreNoOrganisations() {
        assertEquals(List.of(List.of("Association d'amitié Vietnam - Chili")), organizations(
                "La présidente du groupe parlementaire d'amitié Vietnam - Chili a reçu l'Association d'amitié "
                        + "Vietnam - Chili.", "Le Groupe de pilotage Vietnam - Chili s'est réuni à Santiago."));
    }

    @Test
    void aMeetingsNameCoordinatedWithAnOrganisationIsNone() {
        assertEquals(List.of(List.of("UA")), organizations(
                "En marge des 37e et 38e Sommets de l'UA et Réunions connexes, il a vu le ministre."));
    }

    @Test
    void anInterimMinistersFieldIsNoOrganisation() {
        assertEquals(List.of(List.of("OMC")), organizations("Le ministre chilien par intérim des AE est arrivé.",
                "La ministre par intérim de l'Économie et des Finances (MEF) a parlé de l'OMC."));
    }

    @Test
    void aPartyNameEndsWithItsStateBeforeThePersonWhoLeadsIt() {
        assertEquals(List.of(List.of("Parti communiste de Cuba")),
                organizations("Ils ont félicité le Premier secrétaire du Comité central du Parti communiste de Cuba "
                        + "Juan Perez Rosales."));
    }

    @Test
    void anAcronymAfterPluralMinistersAbbreviatesTheirField() {
        assertEquals(List.of(), organizations("Les ministres des AE de l'Inde et du Vietnam se sont entretenus."));
    }

    @Test
    void aBusinessCouncilIsAnOrganisation() {
        assertEquals(List.of(List.of("Conseil des affaires Vietnam-pays nordiques")),
                organizations("Les deux parties ont proposé la création d'un Conseil des affaires Vietnam-pays "
                        + "nordiques."));
    }
    @Test
    void anHonorificWrittenLikeAnAcronymIsNoOrganisation() {
        assertEquals(List.of(), organizations("SM le Roi a adressé ses vœux au président du Laos."));
    }

    @Test
    void theLeadersOfThePartyAndOfTheStateNameNoParty() {
        assertEquals(List.of(), organizations("Des messages ont été adressés aux dirigeants du Parti et de l'État "
                + "laotiens à l'occasion de la fête nationale."));
    }

    @Test
    void theFieldOfAMinistryIsNoOrganisation() {
        assertEquals(List.of(), organizations("La ministre indonésienne des Industries minières, Sri Wahyuni, a "
                + "visité le port."));
    }

    @Test
    void aFullNameInParenthesesAfterAnAcronymIsTheSameOrganisation() {
        assertEquals(List.of(List.of("OTAN", "Organisation du Traité de l'Atlantique Nord")),
                organizations("Le ministre a évoqué l'OTAN (Organisation du Traité de l'Atlantique Nord) hier."));
    }

    @Test
    void anAcronymThatAddsTheHeadWordOfANameWrittenWithoutItIsTheSameOrganisation() {
        assertEquals(List.of(List.of("Nations Unies", "ONU")),
                organizations("Les Nations Unies ont salué le rôle du pays.", "Le Vietnam soutient l'ONU."));
    }

    @Test
    void anAcronymJoinedToAnotherOrganisationInAMechanismsNameIsStillOne() {
        assertEquals(List.of(List.of("ASEAN"), List.of("Union africaine")),
                organizations("Ils ont salué le mécanisme de dialogue ASEAN - Union africaine."));
    }

    @Test
    void theAcronymOfADocumentIsNoOrganisation() {
        assertEquals(List.of(), organizations("Les deux pays ont rappelé la Déclaration sur la coopération maritime "
                + "en Asie (DCMA).", "Ils appliquent la DCMA depuis dix ans."));
    }

    @Test
    void theAcronymOfADocumentWhoseNameHoldsAParticipleIsNoOrganisation() {
        assertEquals(List.of(), organizations("Ils ont salué l'adoption de la Stratégie de partenariat économique "
                + "renforcé Vietnam-Chili (SPER) et de la Déclaration conjointe."));
    }

    @Test
    void anAcronymAfterAParticipleAndItsAgentStillNamesAnOrganisation() {
        assertEquals(List.of(List.of("FDE")), organizations("Ils ont salué la Stratégie "
                + "nationale adoptée par le Forum des entreprises (FDE)."));
    }

    @Test
    void theAcronymOfAStatesProgrammeOfCooperationIsNoOrganisation() {
        assertEquals(List.of(List.of("Nations unies pour le développement", "PNUD")), organizations(
                "Des bourses viennent du Programme de coopération de la Norvège (PCN).", "Le Programme des Nations "
                        + "unies pour le développement (PNUD) a aidé le projet."));
    }

    @Test
    void theAcronymOfAMeetingIsNoOrganisation() {
        assertEquals(List.of(), organizations("Le Sommet économique des îles du Pacifique (SEIP) a réuni des chefs "
                + "d'entreprise.", "Le prochain SEIP aura lieu à Suva."));
    }

    @Test
    void theAcronymOfAParliamentsAssemblyIsNoOrganisation() {
        assertEquals(List.of(), organizations("Une délégation de l'Assemblée populaire suprême (APS) est arrivée."));
    }

    @Test
    void anAcronymAfterAnOrdinalNamesASessionNotAnOrganisation() {
        assertEquals(List.of(List.of("OMC")), organizations("La 14e CMO de l'OMC s'est ouverte à Yaoundé."));
    }

    @Test
    void theAcronymOfAUniversityOrAnAcademyIsNoOrganisation() {
        assertEquals(List.of(List.of("UNESCO")), organizations("Il a visité l'université KTH à Stockholm.",
                "L'Académie des sciences agricoles (ASA) a signé un accord avec l'UNESCO."));
    }

    @Test
    void aNameEndsBeforeAConjunctionThatOpensSomeonesOffice() {
        assertEquals(List.of(List.of("Parti communiste chinois"), List.of("Parti travailliste")),
                organizations("Il a échangé des messages avec le secrétaire général du Parti communiste chinois et "
                        + "le président chinois Xi Jinping.", "Il a salué le succès du Parti travailliste et de la "
                        + "Première ministre Jacinda Ardern."));
    }

    @Test
    void theAcronymOfATreatyDatedByItsYearIsTheTreatys() {
        assertEquals(List.of(), organizations("Ils respectent le droit international, notamment la Convention sur "
                + "le droit de la mer de 1982 (CNUDM).", "La CNUDM est le cadre."));
    }

    @Test
    void anAcronymCountedByANumberIsNoName() {
        assertEquals(List.of(), organizations("Les deux PM ont décidé d'étudier la réouverture des frontières."));
    }

    @Test
    void aFoundationIsAnOrganisation() {
        assertEquals(List.of(List.of("Fondation de l'ASEAN", "AF")),
                organizations("Il préside le Conseil d'administration de la Fondation de l'ASEAN (AF)."));
    }

    @Test
    void theCommunityOfABodyIsNoOrganisationButTheBodyIs() {
        assertEquals(List.of(List.of("ASEAN", "Association des nations de l'Asie du Sud-Est")),
                organizations("Ils veulent bâtir une Communauté de l'ASEAN puissante et solidaire, pour la paix de "
                        + "la Communauté de l'ASEAN (Association des nations de l'Asie du Sud-Est)."));
    }

    @Test
    void aPartyCommitteeAndThePartyBesideTheStateAreNoNames() {
        assertEquals(List.of(), organizations("Le secrétaire adjoint du Comité du Parti de Da Nang, Tran Van Minh, a "
                + "reçu l'ambassadeur.", "La visite montre l'importance que le Parti et l'État du Vietnam accordent "
                + "à la relation."));
    }

    @Test
    void aCapitalisedOfficeAfterAPartyIsNoSecondName() {
        assertEquals(List.of(List.of("Parti communiste du Vietnam")), organizations("Le Secrétaire général du Parti "
                + "communiste du Vietnam et Président vietnamien Tran Van Nam a félicité le Président hongrois."));
    }

    @Test
    void aCompanyCueInAppositionMayFollowAdjectives() {
        assertEquals(List.of(List.of("Borealis")), organizations("Le ministre a reçu le directeur de Borealis, une "
                + "importante société énergétique norvégienne."));
    }

    @Test
    void aPairOfStatesAfterALowerCaseCueIsNoName() {
        assertEquals(List.of(), organizations("Le ministre a ouvert le Dialogue d'entreprises Vietnam-Japon 2024 à "
                + "Osaka."));
    }

    @Test
    void anOrganisationNamedInsideATreatysNameIsNotListed() {
        assertEquals(List.of(), organizations("Les deux parties respectent la Convention des Nations unies sur le "
                + "droit de la mer de 1982 (CNUDM 1982)."));
        assertEquals(List.of(List.of("Nations unies")), organizations("Ils soutiennent le rôle central des Nations "
                + "unies.", "Ils respectent la convention des Nations unies sur le droit de la mer."));
    }

    @Test
    void anAcronymWithASessionNumberAbbreviatesTheMeeting() {
        assertEquals(List.of(), organizations("Ils préparent la Conférence des parties sur le climat (COP 30) au "
                + "Brésil."));
    }

    @Test
    void anEnglishFundOrAuthorityWordClosesACompanyName() {
        assertEquals(List.of(List.of("Oman Investment Authority")), organizations("Il souhaite que les fonds, "
                + "dont la Oman Investment Authority, investissent davantage."));
    }

    @Test
    void anAcronymAfterAZoneNamedWithItsPlaceIsTheZones() {
        assertEquals(List.of(), organizations("Ils ont évoqué la zone de libre circulation en Afrique de l'Ouest "
                + "(ZLCAO)."));
    }

    @Test
    void aCompoundOfStatesOrAStatesAdjectiveEndsANameAndAPeriodAfterItIsNoPartOfIt() {
        assertEquals(List.of(List.of("Association d'amitié Cuba-Vietnam"), List.of("Parti socialiste unifié lao"),
                        List.of("Nations unies")),
                organizations("Le ministre a reçu les dirigeants de l'Association d'amitié Cuba-Vietnam à La Havane.",
                        "Il a salué le Parti socialiste unifié lao pour son congrès.",
                        "Le Brésil sera membre du Conseil de sécurité des Nations unies pour le mandat 2031-2032."));
    }

    @Test
    void theCompanyThatOwnsAnotherIsAnotherOrganisation() {
        assertEquals(List.of(List.of("Unitel"), List.of("Telcomar")),
                organizations("Le ministre a visité la filiale de télécommunications Unitel du groupe Telcomar à "
                        + "Lima."));
    }

    @Test
    void theEuropeanCommissionIsNamedInFullBeforeItsAcronym() {
        assertEquals(List.of(List.of("Commission européenne", "CE")),
                organizations("Le ministre a rencontré le vice-président de la Commission européenne (CE) à "
                        + "Bruxelles."));
    }

    @Test
    void anEnglishWordOfTheTradeClosesACompanysName() {
        assertEquals(List.of(List.of("Nordhavn Petroleum")),
                organizations("Le ministre a reçu à Doha des responsables de Nordhavn Petroleum."));
    }

    @Test
    void anAirlinesEnglishWordClosesItsName() {
        assertEquals(List.of(List.of("Nordic Airways")),
                organizations("Il souhaite que Nordic Airways ouvre une ligne entre Oslo et Hanoï."));
    }

    @Test
    void aCooperativeIntroducesTheNameAfterIt() {
        assertEquals(List.of(List.of("Valsol")),
                organizations("La coopérative fruitière Valsol exporte des mangues vers le Japon."));
    }

    @Test
    void aChamberNamedByIndustryBeforeCommerceIsAnOrganisation() {
        assertEquals(List.of(List.of("Chambre d’industrie et de commerce du Laos", "LNCCI")),
                organizations("Le ministre a salué la présidente de la Chambre d’industrie et de commerce du Laos "
                        + "(LNCCI)."));
    }

    @Test
    void anEconomicAggregateInCapitalsIsNoOrganisation() {
        assertEquals(List.of(),
                organizations("Le Laos a enregistré un PIB de 15 milliards de dollars et attiré davantage d'IDE."));
    }

    @Test
    void aCueOfSeveralWordsAndAStateNameThatStatesBody() {
        assertEquals(List.of(List.of("Chambre de commerce de la Mongolie")),
                organizations("Le protocole a été signé avec la Chambre de commerce de la Mongolie."));
    }

    @Test
    void aStatesAdjectiveUsedAsANounInLowerCaseNamesACompany() {
        assertEquals(List.of(List.of("Norvex"), List.of("KLT")),
                organizations("Le ministre a salué les investissements de l'américain Norvex et du sud-coréen KLT "
                        + "au Vietnam.", "Il a ensuite reçu le Japonais Haruto Sato, un écrivain."));
    }

    @Test
    void aFieldCoordinatedInAMinistrysNameIsNoOrganisation() {
        assertEquals(List.of(List.of("Lumen Technologies")),
                organizations("Il a été reçu par le ministre qatari de l'Énergie et des Industries minières, puis par "
                        + "la ministre de la Culture, des Technologies numériques et de la Jeunesse.",
                        "Il a ensuite visité le siège de Lumen Technologies à Doha."));
    }

    @Test
    void aNameCoordinatedWithACompanyNamedByItsStatesAdjectiveIsOneToo() {
        assertEquals(List.of(List.of("Idemori"), List.of("Kaminex")),
                organizations("La raffinerie est détenue par Kaminex et le japonais Idemori."));
    }

    @Test
    void aKnownInternationalBodyIsReadInsideACompoundOfNames() {
        assertEquals(List.of(List.of("OMC"), List.of("Union africaine")),
                organizations("Ils ont parlé du dialogue OMC-Japon et de l'accord commercial Kenya-Union africaine."));
    }

    @Test
    void aKnownInternationalBodyNamedWithoutACueIsOneUnlessItEndsALongerName() {
        assertEquals(List.of(List.of("Francophonie")),
                organizations("Le Laos accueillera le Sommet de la Francophonie."));
        assertEquals(List.of(List.of("Organisation internationale de la Francophonie")),
                organizations("Le Sommet de la Francophonie est organisé par l'Organisation internationale de la "
                        + "Francophonie."));
    }

    @Test
    void theAcronymOfAnIndustrialParkOrOfAMinistrysFieldAfterItsLevelIsNoOrganisation() {
        assertEquals(List.of(), organizations("Au cours des dix dernières années, les parcs industriels Vietnam-Japon "
                + "(VJIP) ont fonctionné efficacement.", "Ils ont tenu une consultation politique au niveau "
                + "vice-ministériel des AE Vietnam - Chili."));
    }

    @Test
    void aNumberedSessionWrittenLikeAnAcronymIsNoOrganisationButAGroupIs() {
        assertEquals(List.of(), organizations("Les deux ministres se sont rencontrés en marge de la COP28 à Dubaï."));
        assertEquals(List.of(List.of("G20")), organizations("Les deux ministres se sont rencontrés en marge du G20 "
                + "à Rome."));
    }

    @Test
    void anAcronymOfACommonPhraseOpenedByAPrepositionIsNoOrganisation() {
        assertEquals(List.of(), organizations("Les deux pays coopèrent contre exploitation forestière illégale, "
                + "non déclarée et non contrôlée (EFIC)."));
        // A preposition inside a capitalised name is the name's own: its acronym still names an organisation.
        assertEquals(List.of(List.of("RSF")),
                organizations("Selon Reporters sans frontières (RSF), la situation a évolué."));
        assertEquals(List.of(List.of("CIJ")),
                organizations("Le juge a siégé à la Cour internationale de justice (CIJ)."));
    }
}
