package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import diplokg.ProjectFiles;
import diplokg.fact.Stated;
import java.util.List;
import org.junit.jupiter.api.Test;


class SectorRecognizerTest {

    private final SectorRecognizer recognizer = new SectorRecognizer(ProjectFiles.lexicon());

    private List<String> sectors(String text) {
        return recognizer.recognize(ProjectFiles.nlp().sentence(text)).stream().map(Stated::fact).toList();
    }

    @Test
    void readsNounsAndAdjectivesOfSectors() {
        assertEquals(List.of("economy", "trade", "investment", "education-training"),
                sectors("Les deux pays renforceront la coopération économique, commerciale et d'investissement "
                        + "ainsi que l'éducation."));
    }

    @Test
    void aMarketEconomyStatusMembersEconomiesAndCeremonialHonoursAreNoSectors() {
        assertEquals(List.of(), sectors("Il a demandé la reconnaissance du statut d'économie de marché."));
        assertEquals(List.of(), sectors("Les économies membres du forum ont envoyé leurs dirigeants économiques."));
        assertEquals(List.of(), sectors("La fanfare militaire a joué avant les honneurs militaires."));
        assertEquals(List.of("health"), sectors("Le pays réforme sa sécurité sociale et coopère dans la santé."));
    }

    @Test
    void exchangesBetweenInhabitantsWithoutArticleArePeopleToPeople() {
        assertEquals(List.of("culture", "people-to-people"),
                sectors("Ils renforceront la culture et les échanges entre habitants des deux villes."));
        assertEquals(List.of(), sectors("Les habitants des deux villes ont assisté au concert."));
    }

    @Test
    void aPersonsOwnHealthIsNoSector() {
        assertEquals(List.of(), sectors("L'ancien roi, en mauvaise santé depuis des mois, est décédé jeudi."));
        assertEquals(List.of(), sectors("Le ministre a annulé son voyage pour des raisons de santé."));
        assertEquals(List.of("health"), sectors("Les deux ministres ont parlé de la santé des populations."));
    }

    @Test
    void tradersCropsAndComputingNameTheirSectors() {
        assertEquals(List.of("trade"), sectors("Le Chili est le premier importateur de fruits du Mexique."));
        assertEquals(List.of("agriculture", "agriculture"),
                sectors("Le Ghana fournit du cacao, des céréales et des noix de cajou."));
        assertEquals(List.of("digital-transformation", "science-technology"),
                sectors("Ils coopéreront dans l'informatique et la recherche spatiale."));
        assertEquals(List.of(), sectors("Le ministre est arrivé, mais la réunion a été reportée."));
        assertEquals(List.of(), sectors("Le système informatique de l'ambassade a été réparé."));
    }

    @Test
    void contributionsOfAPersonToHisCountryAreNoSector() {
        assertEquals(List.of(), sectors("Ils ont salué les contributions de Nguyen Van A à la défense du pays."));
        assertEquals(List.of("energy"), sectors("Les deux groupes construiront une centrale au GNL."));
    }

    @Test
    void delegationsExchangedAndTheFightAgainstAnEpidemicAreSectors() {
        assertEquals(List.of("politics-diplomacy", "people-to-people"),
                sectors("Les deux pays échangent des délégations et favorisent les échanges entre les habitants."));
        assertEquals(List.of("health"), sectors("Ils restent unis dans la lutte contre l'épidémie."));
    }

    @Test
    void aStatesPolicyIsNoSectorButPoliticsAloneIs() {
        assertEquals(List.of(), sectors("Il a salué la politique constante de la Suède envers la région."));
        assertEquals(List.of(), sectors("Elle a présenté sa politique de réforme et les politiques budgétaires."));
        assertEquals(List.of("politics-diplomacy", "defense"),
                sectors("Ils coopèrent dans la politique, la défense et d'autres domaines."));
    }

    @Test
    void aPartyASecurityCouncilAndADiplomaticNoteAreNoSectors() {
        assertEquals(List.of(), sectors("Les partis politiques du pays ont reçu une note diplomatique."));
        assertEquals(List.of("health"),
                sectors("Le secrétaire du Conseil national de sécurité a parlé de santé."));
    }

    @Test
    void longestPhraseWins() {
        assertEquals(List.of("defense-industry", "digital-transformation"),
                sectors("Ils ont parlé de l'industrie de la défense et de la transformation numérique."));
    }

    @Test
    void capitalisedWordsOfInstitutionsAreNotSectors() {
        assertEquals(List.of("agriculture"), sectors("Le ministre du Commerce a parlé d'agriculture."));
    }

    @Test
    void wordsInsideAnEventPhraseAreNotSectors() {
        assertEquals(List.of("tourism"), sectors("Pendant sa visite de travail, elle a évoqué le tourisme."));
    }

    @Test
    void aSectorWordInsideAFixedPhraseOfAnotherMeaningIsNoSector() {
        assertEquals(List.of("investment"), sectors("Le Kenya veut améliorer le climat des affaires et attirer "
                + "l'investissement dans un environnement international pacifique."));
        assertEquals(List.of("agriculture"), sectors("Les groupes de travail sur l'agriculture se réunissent, "
                + "et le Conseil de sécurité de l'ONU a été évoqué par les chefs de la diplomatie."));
        assertEquals(List.of("environment-climate", "labour"), sectors("Ils parlent du climat et du travail."));
    }

    @Test
    void domainsDescribedInOtherWordsAreSectors() {
        assertEquals(List.of("health", "consular-visa", "energy"), sectors("Les deux pays ont évoqué des mesures pour "
                + "endiguer la pandémie, promis d'assister les ressortissants de l'autre et parlé de l'exploitation "
                + "gazo-pétrolière."));
        assertEquals(List.of(), sectors("L'audience s'est tenue en ligne en raison de la pandémie de COVID-19."));
    }

    @Test
    void informationTechnologiesAreDigitalTransformation() {
        assertEquals(List.of("energy", "digital-transformation"),
                sectors("Les entreprises coopéreront dans l'énergie et les technologies de l'information."));
    }

    @Test
    void riceAndPotatoesTradedAreAgriculture() {
        assertEquals(List.of("trade", "agriculture", "agriculture"),
                sectors("Le commerce du riz et des pommes de terre progresse entre les deux pays."));
    }

    @Test
    void foreignMinistriesAndHighLevelVisitsArePoliticsAndDiplomacy() {
        assertEquals(List.of("politics-diplomacy", "politics-diplomacy"),
                sectors("Les ministères des Affaires étrangères des deux pays prépareront les visites de haut "
                        + "niveau."));
    }

    @Test
    void aStatesForeignPolicyIsNoSector() {
        assertEquals(List.of(), sectors("Le Laos reste une priorité de la politique extérieure du Cambodge."));
    }

    @Test
    void aSectorWordDescribingPeaceOrAchievementsIsNoDomain() {
        assertEquals(List.of(), sectors("Le pacte doit servir la stabilité et la sécurité de tout le continent."));
        assertEquals(List.of(), sectors("Elle a vanté la stabilité politique du royaume."));
        assertEquals(List.of(), sectors("Il a loué les réalisations industrielles et agricoles du pays hôte."));
        assertEquals(List.of(), sectors("Le ministre a rappelé l'édification et la défense nationales du pays."));
    }

    @Test
    void aSectorWordAfterPeaceInAnotherPhraseIsStillADomain() {
        assertEquals(List.of("security"), sectors("Pour la paix, les deux armées renforceront leur coopération dans "
                + "la sécurité."));
    }

    @Test
    void theWorkOfSomebodyIsNoLabour() {
        assertEquals(List.of(), sectors("Le sénateur a salué le travail de son équipe et le travail du comité."));
        assertEquals(List.of("labour"), sectors("Ils coopéreront dans le domaine du travail."));
    }

    @Test
    void regularVisitsAndSharedInformationAreDomains() {
        assertEquals(List.of("politics-diplomacy", "security"), sectors("Les deux armées maintiendront des visites "
                + "réciproques et vont partager des informations sur la piraterie."));
    }

    @Test
    void foodSecurityIsNoSecurityCooperation() {
        assertEquals(List.of("agriculture"), sectors("Le pays veut garantir sa sécurité alimentaire grâce à "
                + "l'agriculture."));
    }

    @Test
    void anExclusiveEconomicZoneAndBeingSafeAreNoSectors() {
        assertEquals(List.of("agriculture"), sectors("Les deux États ont fixé la limite de leurs zones économiques "
                + "exclusives et parlé de la pêche."));
        assertEquals(List.of(), sectors("Il veut que chacun se sente en sécurité dans la capitale."));
        assertEquals(List.of("security"), sectors("Ils renforceront la coopération en matière de sécurité."));
    }

    @Test
    void wishesOfGoodHealthAndHappinessAreNoSectors() {
        assertEquals(List.of(), sectors("Il a souhaité au peuple ami une bonne santé, le bonheur et la culture du "
                + "succès."));
    }

    @Test
    void aSectorWordInAnOrganisationsNameIsNoSector() {
        assertEquals(List.of("tourism"), sectors("Le président du Parti des travailleurs a parlé du tourisme."));
    }

    @Test
    void aSectorWordInAnInternationalOrganisationsNameIsNoSector() {
        assertEquals(List.of("energy"), sectors("Ils ont évoqué l'énergie avec l'Organisation internationale du "
                + "travail."));
    }

    @Test
    void aWorkingVisitGivesNoLabour() {
        assertEquals(List.of("investment"), sectors("Le ministre, en visite de travail à Hanoï, a parlé "
                + "d'investissement."));
    }

    @Test
    void aSectorWordCoordinatedInsideAnOrganisationsNameIsNoSector() {
        assertEquals(List.of("energy"), sectors("La Chambre de commerce et d'industrie du Chili a parlé d'énergie."));
    }

    @Test
    void aConjunctionAfterAnOrganisationsCueEndsItsName() {
        assertEquals(List.of("education-training"), sectors("Les écoles du Parti et de l'éducation coopèrent."));
    }

    @Test
    void tiedAidAndConcessionalLoansAreDevelopmentAssistance() {
        assertEquals(List.of("development-assistance", "development-assistance"), sectors("La Corée accorde un "
                + "crédit d'aide liée et des prêts concessionnels."));
    }

    @Test
    void aStatesOwnPoliciesAndTheDiplomaticChannelAreNoSectors() {
        assertEquals(List.of("culture"), sectors("La date sera fixée par la voie diplomatique, malgré les politiques "
                + "tarifaires du Canada et la politique de son pays en matière de culture."));
    }

    @Test
    void theSituationOfAStateIsNoDomainOfCooperation() {
        assertEquals(List.of("tourism"), sectors("Ils ont évoqué la situation politique, économique et culturelle au "
                + "Pérou et le tourisme."));
    }

    @Test
    void aClimateOfTrustAndTheDiplomaticCorpsAreNoSectors() {
        assertEquals(List.of(), sectors("Les relations se sont développées dans un climat de grande confiance."));
        assertEquals(List.of(), sectors("L'ambassadeur a rencontré le corps diplomatique à Oslo."));
        assertEquals(List.of("environment-climate"), sectors("Ils coopéreront face au changement du climat."));
    }

    @Test
    void aDonorGivesDevelopmentAssistanceAndDialogueAtAllLevelsGivesDiplomacy() {
        assertEquals(List.of("development-assistance"), sectors("Le Japon est le premier donateur du Vietnam."));
        assertEquals(List.of("politics-diplomacy"),
                sectors("Ils ont convenu de renforcer le dialogue à tous les niveaux."));
    }

    @Test
    void aCompoundOfSectorWordsNamesEachOfThem() {
        assertEquals(List.of("culture", "defense", "security", "economy", "trade"),
                sectors("Ils ont passé en revue la culture, la défense-sécurité et l'économie-commerce."));
        assertEquals(List.of(), sectors("Ils ont parlé du développement socio-économique de l'Asie-Pacifique."));
    }

    @Test
    void aSectorWordInANameAbbreviatedAfterItIsNoSector() {
        assertEquals(List.of(), sectors("Le Pérou présidera le Forum de coopération économique Asie-Pacifique "
                + "(APEC) l'an prochain."));
        assertEquals(List.of(), sectors("Le pays a rejoint le cadre économique indo-pacifique (IPEF)."));
        assertEquals(List.of("economy", "trade"),
                sectors("Ils développeront la coopération économique (surtout le commerce) entre eux."));
        assertEquals(List.of("investment"), sectors("Le pays a ratifié l'Accord de promotion des investissements "
                + "Vietnam-Chili (VCIPA)."));
    }

    @Test
    void citizensEntryAndCrossBorderTravelAreConsularAffairs() {
        assertEquals(List.of("consular-visa", "consular-visa"), sectors("Les deux États faciliteront l'entrée "
                + "des citoyens de l'autre et reprendront les voyages transfrontaliers."));
    }

    @Test
    void aBusinessEnvironmentAPolitburoAPoliticalSceneAndCulturalSitesAreNoSectors() {
        assertEquals(List.of(), sectors("La Thaïlande offre un environnement commercial stable et un climat "
                + "d'affaires et d'investissement attrayant."));
        assertEquals(List.of(), sectors("Elle siège au Bureau politique et pèse sur la scène politique du pays."));
        assertEquals(List.of(), sectors("Les invités ont découvert plusieurs sites culturels de Hué."));
        assertEquals(List.of("culture"), sectors("Les deux villes développeront les échanges dans la culture."));
    }

    @Test
    void militaryMedicalCooperationIsMilitaryMedicineAndMedicalSciencesAreHealth() {
        assertEquals(List.of("military-medicine"),
                sectors("Les deux armées ont signé un accord sur la coopération médicale militaire."));
        assertEquals(List.of("health"),
                sectors("Les deux instituts échangeront des chercheurs en sciences médicales."));
    }

    @Test
    void theLegalFieldIsJusticeButALegalFootingIsNot() {
        assertEquals(List.of("justice-law"),
                sectors("Les deux ministères coopèrent dans le domaine juridique depuis dix ans."));
        assertEquals(List.of(), sectors("Le traité reste la base juridique des liens entre Cuba et le Chili."));
    }

    @Test
    void twoMinistriesOfOnePortfolioCooperateInItsDomainUnlessTheSentenceNamesOne() {
        assertEquals(List.of("agriculture"), sectors("Un accord a été conclu entre le ministère chilien de "
                + "l'Agriculture et le ministère péruvien de l'Agriculture."));
        assertEquals(List.of("tourism"), sectors("La coopération touristique lie le ministère de la Culture et du "
                + "Tourisme du Laos et le ministère de la Culture du Cambodge."));
        assertEquals(List.of(), sectors("Le ministère de l'Agriculture et le ministère de la Santé ont signé."));
    }

    @Test
    void theCulturalIndustriesAreCultureNotIndustry() {
        assertEquals(List.of("culture"), sectors("Les studios des deux pays investiront dans les industries "
                + "culturelles."));
        assertEquals(List.of("industry"), sectors("Les deux pays soutiendront l'industrie automobile."));
    }

    @Test
    void employmentIsLabourButTheUseOfForceIsNot() {
        assertEquals(List.of("health", "labour"), sectors("Les deux pays coopéreront dans la santé et l'emploi."));
        assertEquals(List.of(), sectors("Ils ont rejeté l'emploi de la force dans les différends maritimes."));
    }

    @Test
    void aPoliticalConsultationIsPoliticsAsWellAsAMeeting() {
        assertEquals(List.of("politics-diplomacy"), sectors("Les deux ministres ont salué le mécanisme de "
                + "consultation politique entre le Chili et le Pérou."));
        assertEquals(List.of(), sectors("La visite de travail du ministre chilien a commencé lundi."));
    }

    @Test
    void theAidAStateGrantsIsDevelopmentAssistance() {
        assertEquals(List.of("development-assistance"), sectors("Il a salué les aides accordées par le Chili au Pérou "
                + "depuis vingt ans."));
        assertEquals(List.of(), sectors("Il a remercié le Chili pour son aide lors de la visite."));
    }

    @Test
    void theSituationOfADomainIsThatDomain() {
        assertEquals(List.of("trade"), sectors("Ils ont répondu aux questions sur la situation des échanges "
                + "commerciaux bilatéraux."));
        assertEquals(List.of(), sectors("Il a salué les succès du pays dans la lutte contre le chômage et la "
                + "stabilité politique."));
    }

    @Test
    void theParticipleOfInvestingNamesInvestment() {
        assertEquals(List.of("investment"),
                sectors("Le Chili compte 40 entreprises investissant au Vietnam cette année."));
        assertEquals(List.of(), sectors("Le Chili est un pays agissant pour la paix."));
    }

    @Test
    void aStatesGrowthAndSocialJusticeAreNoDomainsOfCooperation() {
        assertEquals(List.of(), sectors("Il a salué le taux de croissance économique élevé du Chili."));
        assertEquals(List.of(), sectors("Le parti veut bâtir le pays et assurer la justice sociale."));
        // A domain written apart from the growth, or justice alone, still counts.
        assertEquals(List.of("economy", "justice-law"), sectors("Malgré une croissance forte, les deux pays "
                + "renforceront la coopération économique et la coopération dans la justice."));
        // The growth of a flow between the two is that flow.
        assertEquals(List.of("trade"), sectors("Ils se sont réjouis de la forte croissance des échanges commerciaux."));
        assertEquals(List.of("environment-climate", "trade"),
                sectors("Ils ont convenu de promouvoir la croissance verte et le commerce."));
    }

    @Test
    void aStateThatImportsAGoodSpeaksOfTrade() {
        assertEquals(List.of("trade"), sectors("Le Chili souhaite importer davantage de café du Kenya."));
        assertEquals(List.of("trade"), sectors("Les fruits importés du Pérou ont trouvé leur marché."));
        // "importent" is mostly "matter".
        assertEquals(List.of(), sectors("Ils ont discuté des questions qui importent le plus aux deux peuples."));
        // "n'importe" and "il importe de" mean no import.
        assertEquals(List.of(), sectors("Il importe de préparer la visite, n'importe quand cette année."));
    }

    @Test
    void greenTechnologiesAreTheEnvironmentsNotScience() {
        assertEquals(List.of("environment-climate"), sectors("Ils coopéreront dans les technologies vertes."));
        // Technologies that are not green stay science and technology.
        assertEquals(List.of("science-technology"), sectors("Ils coopéreront dans les hautes technologies."));
    }

    @Test
    void pluralAidIsDevelopmentAssistance() {
        assertEquals(List.of("development-assistance"),
                sectors("Le Japon continuera d'accorder des aides publiques au développement au Laos."));
        // Cooperation for the development of a field is cooperation in that field.
        assertEquals(List.of("tourism"),
                sectors("Ils renforceront la coopération pour le développement du tourisme."));
        // Peace, cooperation and development listed as aims are no aid.
        assertEquals(List.of(), sectors("Ils œuvrent pour la paix, la coopération et le développement."));
    }
}
