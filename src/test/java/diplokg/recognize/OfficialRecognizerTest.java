package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialRecognizerTest {

    private static List<String> officials(String title, String... body) {
        return TestArticles.facts(null, title, body).facts(Contract.OFFICIALS).stream()
                .map(o -> o.name() + " / " + o.role() + " / " + o.state())
                .toList();
    }

    @Test
    void aFamilyNameWrittenLikeAnArticleWithAnAccentOpensTheName() {
        assertEquals(List.of("Lê Hoai Trung / official / VN"), officials("Le Cambodge et le Vietnam",
                "Les dirigeants ont rencontré Lê Hoai Trung, chef de la Commission des relations extérieures du "
                        + "Comité central du Parti communiste du Vietnam.",
                "Lê Hoai Trung a transmis les salutations du secrétaire général du PCV."));
    }

    @Test
    void aNameWithAnApostropheAfterTwoLettersIsWhole() {
        assertEquals(List.of("Sa'id Haddad / vice-president / JO"),
                officials("La Jordanie et le Vietnam", "Le vice-président jordanien Sa'id Haddad est arrivé."));
    }

    @Test
    void twoOfficesOfOneStateEachWithItsArticleAreTwoPeople() {
        assertEquals(List.of("Ito Kenji / ambassador / JP"), officials("Le Japon et le Vietnam", "Le ministre japonais "
                + "des Affaires étrangères et l'ambassadeur japonais au Vietnam Ito Kenji ont assisté."));
        assertEquals(List.of("Nakano Gen / minister / JP"), officials("Le Japon et le Vietnam", "Le Premier ministre "
                + "japonais et le ministre japonais de la Défense Nakano Gen ont assisté."));
    }

    @Test
    void anOfficeOfTheCatchAllRoleCoordinatedBeforeAnotherOfficeWithItsStateCounts() {
        assertEquals(List.of("Liu Wen / official / CN"), officials("La Chine et le Vietnam", "Le conseiller d'État "
                + "et ministre chinois de la Défense Liu Wen a écrit."));
        assertEquals(List.of("Somsak Phanh / foreign-minister / LA"), officials("Le Laos et le Vietnam", "Le membre du "
                + "Bureau politique et ministre lao des Affaires étrangères Somsak Phanh a écrit."));
        assertEquals(List.of("Somsak Phanh / minister / LA"), officials("Le Laos et le Vietnam", "Le député et "
                + "ministre lao de l'Industrie Somsak Phanh a écrit."));
    }

    @Test
    void theNameAfterALineOfRulersIsTheDynastys() {
        assertEquals(List.of("Carl Gustaf / head-of-state / SE"), officials("La Suède et le Vietnam",
                "Le roi suédois Carl Gustaf est le septième roi de la dynastie Bernadotte."));
        assertEquals(List.of("Norodom Sihamoni / head-of-state / KH"), officials("Le Cambodge et le Vietnam",
                "Le roi du Cambodge Norodom Sihamoni est arrivé."));
        assertEquals(List.of("Maha Vajiralongkorn / head-of-state / TH"), officials("La Thaïlande et le Vietnam",
                "Le président a adressé un message au 10e roi thaïlandais de la dynastie Chakri, Maha "
                        + "Vajiralongkorn."));
    }

    @Test
    void aCrownPrinceIsAnOfficialUnlessHeIsAlsoPrimeMinister() {
        assertEquals(List.of("Haakon / official / NO"),
                officials("La Norvège et le Vietnam", "Le prince héritier norvégien Haakon a visité Hanoï."));
        assertEquals(List.of("Mishal Al-Sabah / head-of-government / KW"), officials("Le Koweït et le Vietnam",
                "Il a été reçu par le prince héritier et Premier ministre du Koweït, Mishal Al-Sabah."));
    }

    @Test
    void anOpeningBracketClosesTheNameOfAnApposition() {
        assertEquals(List.of("Gabriel Boric / head-of-state / CL", "Vo Van Thuong / head-of-state / VN"),
                officials("Le Chili et le Vietnam", "Le président du Chili, Gabriel Boric (à droite) et le président "
                        + "Vo Van Thuong à Santiago."));
        assertEquals(List.of(), officials("Le Chili et le Vietnam", "Lors de la visite du président du Chili, "
                + "Santiago (Chili) a accueilli la foire."));
    }

    @Test
    void roleWithStateAdjectiveThenName() {
        assertEquals(List.of("Anthony Albanese / head-of-government / AU"),
                officials("L'Australie et le Vietnam", "Le Premier ministre australien Anthony Albanese est arrivé."));
    }

    @Test
    void roleOfAStateNamedAfterAPrepositionThenApposition() {
        assertEquals(List.of("Kamala Devi / ambassador / IN"),
                officials("L'Inde et le Vietnam",
                        "L'ambassadrice de l'Inde au Vietnam, Kamala Devi, a pris la parole."));
    }

    @Test
    void thePresidentOfAChamberOfParliamentLeadsAParliament() {
        assertEquals(List.of("Pedro Alves / parliament-leader / BR", "Ana Costa / parliament-leader / BR"),
                officials("Le Brésil et le Vietnam",
                        "Le président de la chambre basse du Parlement brésilien, Pedro Alves, et la présidente de la "
                                + "chambre haute du Parlement brésilien, Ana Costa, ont félicité le Vietnam."));
    }

    @Test
    void aSeatInThePolitburoGivesWayToTheOfficeNamedAfterIt() {
        assertEquals(List.of("Le Van Minh / head-of-state / VN"),
                officials("Le Vietnam et le Chili",
                        "Le Van Minh, membre du Bureau politique, président du Vietnam pour le mandat 2026-2031.",
                        "Le président de la République Le Van Minh a reçu les félicitations du Chili."));
    }

    @Test
    void anOfficeGivenInARelativeClauseAfterTheName() {
        assertEquals(List.of("Karim Haddad / head-of-government / EG"),
                officials("Le Vietnam et l'Égypte",
                        "Le Vietnam a envoyé un message de félicitations à Karim Haddad qui vient d'être nommé "
                                + "Premier ministre de l'Égypte."));
    }

    @Test
    void appositionAfterTheNameWithAParticiple() {
        assertEquals(List.of("Hun Manet / head-of-government / KH"),
                officials("Le Cambodge et le Vietnam",
                        "Ils ont félicité Hun Manet, récemment nommé Premier ministre du "
                        + "Cambodge."));
    }

    @Test
    void aCityWrittenBeforeTheNameIsNotPartOfIt() {
        assertEquals(List.of("Lucía Vargas / ambassador / UY", "Tomás Ríos / ambassador / PY"),
                officials("L'Uruguay, le Paraguay et le Vietnam",
                        "Le vice-président a reçu à Hô Chi Minh-Ville Lucía Vargas, ambassadrice de l'Uruguay.",
                        "Le ministre a reçu à Asuncion Tomás Ríos, ambassadeur du Paraguay."));
    }

    @Test
    void aNameHoldsItsParticlesButNotAPrepositionOrArticleAfterIt() {
        assertEquals(List.of("Pedro da Costa Rocha / head-of-state / BR", "Ana Luiza von Berg / ambassador / DE"),
                officials("Le Brésil, l'Allemagne et le Vietnam",
                        "Le président brésilien Pedro da Costa Rocha à Rio a reçu les journalistes.",
                        "L'ambassadrice d'Allemagne Ana Luiza von Berg au Palais a remis le Prix Goethe."));
    }

    @Test
    void partyOfficesBelowTheLeaderAreOfficialsAndANationalSecretaryLeadsAParty() {
        assertEquals(List.of("Tran Van Long / official / VN", "Hoang Thi Mai / official / VN",
                        "Claire Dubois / party-leader / FR"),
                officials("Le Vietnam et la France",
                        "Il a reçu Tran Van Long, membre du Comité central, ministre de la Santé.",
                        "Hoang Thi Mai, cheffe du Département de l'Europe du ministère, était présente.",
                        "La secrétaire nationale du Parti communiste français, Claire Dubois, a écrit."));
    }

    @Test
    void theViceChairOfAPartyNamedWithItsStateIsAnOfficial() {
        assertEquals(List.of("Jorge Paredes / official / VE", "Pedro Gil / official / VE"),
                officials("Le Venezuela et le Vietnam",
                        "Le vice-président du Parti socialiste unifié du Venezuela, Jorge Paredes, a écrit.",
                        "Le vice-président du Parti socialiste du Venezuela, Pedro Gil, a répondu."));
    }

    @Test
    void anActingOfficeIsTheOffice() {
        assertEquals(List.of("Ana Lopez / foreign-minister / CL", "Pablo Soto / head-of-state / CL"),
                officials("Le Chili et le Vietnam",
                        "La ministre chilienne par intérim des Affaires étrangères, Ana Lopez, a écrit.",
                        "Le président par intérim de la République du Chili, Pablo Soto, a répondu."));
    }

    @Test
    void aGivenNameThatIsAlsoACityStaysInTheName() {
        assertEquals(List.of("Nguyễn Đức Huệ / ambassador / VN"),
                officials("Le Vietnam et le Pérou", "L'ambassadeur du Vietnam au Pérou, Nguyễn Đức Huệ, a pris la "
                        + "parole."));
    }

    @Test
    void theFirstOfCoordinatedOfficesCounts() {
        assertEquals(List.of("Bùi Thanh Sơn / deputy-head-of-government / VN"),
                officials("Le Vietnam et le Japon", "Le vice-Premier ministre et ministre des Affaires étrangères "
                        + "Bùi Thanh Sơn a reçu la délégation."));
    }

    @Test
    void theAgencysAbbreviationOfForeignAffairsNamesTheForeignMinister() {
        assertEquals(List.of("Nguyen Van Nam / foreign-minister / VN", "Pablo Rojas / foreign-minister / CL"),
                officials("Le Chili et le Vietnam", "Le ministre vietnamien des AE Nguyen Van Nam a reçu son "
                        + "homologue chilien Pablo Rojas."));
    }

    @Test
    void aSecretaryGeneralOfAMinistrysDepartmentIsAnOfficialThoughCapitalised() {
        assertEquals(List.of("Luis Vega / official / PE"),
                officials("Le Pérou et le Vietnam", "Il a reçu le Secrétaire général de la politique étrangère du "
                        + "ministère des Affaires étrangères du Pérou, Luis Vega, en visite à Hanoï."));
    }

    @Test
    void aMinistersAssistantIsAnOfficialNotTheMinister() {
        assertEquals(List.of("Tran Thi Lan / official / VN"),
                officials("Le Pérou et le Vietnam", "La réunion a été présidée par l'assistante du ministre "
                        + "vietnamien des Affaires étrangères, Tran Thi Lan."));
    }

    @Test
    void anOfficerOfAnInternationalBodyServesNoState() {
        assertEquals(List.of("Kenji Sato / head-of-government / JP", "Dato Lim Keng / official / null",
                        "Ana Pereira / official / null"),
                officials("Le Japon et le Vietnam", "Le Premier ministre japonais Kenji Sato a rencontré le "
                        + "secrétaire général de l'ASEAN Dato Lim Keng.",
                        "La directrice générale de l'OMC, Ana Pereira, a salué le Japon."));
    }

    @Test
    void anEnvoyToAnInternationalBodyServesHisState() {
        assertEquals(List.of("Taro Ito / ambassador / JP"),
                officials("Le Japon et le Vietnam", "Taro Ito, ambassadeur auprès de l'ONU, a pris la parole."));
    }

    @Test
    void aTitleAfterAnArticleOpensTheNameOfAnApposition() {
        assertEquals(List.of("Prince Salem Al Sabah / foreign-minister / KW"),
                officials("Le Koweït et le Vietnam", "Le ministre a reçu le chef de la diplomatie du Koweït, le Prince "
                        + "Salem Al Sabah, à Hanoï."));
    }

    @Test
    void aPluralOfficeWithCoordinatedStatesGivesEachNameTheStateOfItsRank() {
        assertEquals(List.of("Mark Rutte / head-of-government / NL", "Nguyen Van Long / head-of-government / VN"),
                officials("Les Pays-Bas et le Vietnam", "Les Premiers ministres néerlandais et vietnamien, Mark Rutte "
                        + "et Nguyen Van Long, ont signé la déclaration."));
        assertEquals(List.of("Ana Torres / ambassador / CL", "Tran Thi Hoa / ambassador / VN"),
                officials("Le Chili et le Vietnam", "Les ambassadrices chilienne et vietnamienne Ana Torres et "
                        + "Tran Thi Hoa ont pris la parole."));
    }

    @Test
    void theStatesAJointBodyIsNamedAfterEndItsNameBeforeTheHolders() {
        assertEquals(List.of("Carlos Rivas / minister / CU"),
                officials("Cuba et le Vietnam", "La réunion s'est tenue en présence du ministre cubain du Commerce et "
                        + "président de la Commission mixte Cuba-Vietnam, Carlos Rivas."));
    }

    @Test
    void aCompoundThatJoinsAnAcronymToAStateIsNoName() {
        assertEquals(List.of("Pedro Sánchez / head-of-government / ES"),
                officials("L'Espagne et le Vietnam", "Le Premier ministre espagnol Pedro Sánchez a ouvert le "
                        + "sommet des ministres de l'Économie UE-Mexique."));
    }

    @Test
    void theNameEndingAnItemOfASemicolonListHoldsItsFirstOfficeBeyondASeat() {
        assertEquals(List.of("Nguyen Van Hai / deputy-head-of-government / VN", "Tran Thi Mai / official / VN",
                        "Le Van Tam / foreign-minister / VN"),
                officials("Le Vietnam et le Laos", "Étaient présents : membre du Bureau politique, vice-Premier "
                        + "ministre, président du comité mixte Vietnam-Laos pour la coopération économique Nguyen Van "
                        + "Hai ; membre du Comité central, vice-président de l'Assemblée nationale, chef du groupe "
                        + "d'amitié Vietnam-Laos Tran Thi Mai ; membre du Comité central, ministre des Affaires "
                        + "étrangères Le Van Tam."));
    }

    @Test
    void aSeatCoordinatedWithAnOfficeGivesWayToItAndTheFirstOfficeOpensTheClause() {
        assertEquals(List.of("Tran Van Quang / foreign-minister / VN"),
                officials("Le Vietnam et le Laos", "Le secrétaire du Comité central du Parti et ministre vietnamien "
                        + "des Affaires étrangères, Tran Van Quang a reçu la délégation."));
    }

    @Test
    void aCounterpartTakesTheRoleOfTheUnnamedSubjectOfItsClause() {
        assertEquals(List.of("Rama Chakri / head-of-state / TH", "Luong Cuong / head-of-state / VN",
                        "Pham Minh Chinh / head-of-government / VN"),
                officials("La Thaïlande et le Vietnam", "Le roi de Thaïlande Rama Chakri a écrit au président Luong "
                        + "Cuong, et le Premier ministre thaïlandais a salué son homologue vietnamien Pham Minh "
                        + "Chinh."));
    }

    @Test
    void theChairOfTheCouncilOfTheRepublicLeadsAParliament() {
        assertEquals(List.of("Natalia Ivanova / parliament-leader / BY"),
                officials("La Biélorussie et le Vietnam", "La présidente du Conseil de la République de Biélorussie, "
                        + "Natalia Ivanova, a écrit."));
    }

    @Test
    void aDocumentsWordOpeningTheNextLineIsNoHolder() {
        assertEquals(List.of("Tô Lâm / head-of-state / VN"),
                officials("La Russie et le Vietnam", "Le président Tô Lâm a été reçu par le président russe.",
                        "Mémorandum entre les deux universités."));
    }

    @Test
    void anAdjectiveInsideTheRoleKeepsTheLongerRole() {
        assertEquals(List.of("Vivian Balakrishnan / foreign-minister / SG"),
                officials("Singapour et le Vietnam", "Le ministre singapourien des Affaires étrangères Vivian "
                        + "Balakrishnan était présent."));
    }

    @Test
    void aCounterpartTakesTheRoleOfTheOfficialNamedBefore() {
        assertEquals(List.of("Pham Minh Chinh / head-of-government / VN",
                        "Narendra Modi / head-of-government / IN"),
                officials("L'Inde et le Vietnam", "Le Premier ministre Pham Minh Chinh s'est entretenu avec son "
                        + "homologue indien Narendra Modi."));
    }

    @Test
    void oneRoleOnlyMentionLendsItsStateAndFamilyNamesGiveVietnam() {
        assertEquals(List.of("Tô Lâm / party-leader / VN", "Tokaïev / head-of-state / KZ"),
                officials("Le Vietnam et le Kazakhstan", "Le secrétaire général Tô Lâm a rencontré le président "
                        + "Tokaïev.", "Le chef de l'État kazakh a salué la visite."));
    }

    @Test
    void spellingsWithAndWithoutDiacriticsAreOnePerson() {
        assertEquals(List.of("Luong Cuong / head-of-state / VN"),
                officials("Le Vietnam et Cuba", "Le président Luong Cuong a reçu la délégation.",
                        "Le président Lương Cường a remercié Cuba."));
    }

    @Test
    void aCounterpartMayBeSetOffByACommaAndAnInstitutionMayBeLowerCase() {
        assertEquals(List.of("Nadia Haddad / official / TN", "Pham Thu Ha / official / VN"),
                officials("La Tunisie et le Vietnam", "La gouverneure tunisienne de la banque centrale Nadia Haddad "
                        + "a accueilli son homologue vietnamienne, Pham Thu Ha."));
    }

    @Test
    void aRoleEndingOneSentenceBelongsToTheNameOpeningTheNext() {
        assertEquals(List.of("Carla Ruiz / head-of-government / PE"),
                officials("Le Pérou et le Vietnam", "Le président a reçu la Première ministre péruvienne.",
                        "Carla Ruiz a salué les progrès de la coopération."));
    }

    @Test
    void aRoleEndingTheLastSentenceIsNoError() {
        assertEquals(List.of(), officials("Le Vietnam et le Chili", "Il a été reçu par le président"));
    }

    @Test
    void aPersonWithoutStatedOfficeIsNoOfficial() {
        assertEquals(List.of(), officials("Le Vietnam et le Brésil", "Maria Souza a présenté ses peintures à Hanoï."));
    }

    @Test
    void aRegionalMinisterPresidentIsAMinister() {
        assertEquals(List.of("Anke Rehlinger / minister / DE"), officials("L'Allemagne et le Vietnam",
                "La ministre-présidente allemande Anke Rehlinger a visité Hanoï."));
    }

    @Test
    void anHonorificWithAnApostropheStaysInTheName() {
        assertEquals(List.of("Dato' Sri Zambry Abdul Kadir / foreign-minister / MY"),
                officials("La Malaisie et le Vietnam",
                        "Le ministre malaisien des Affaires étrangères Dato' Sri Zambry Abdul Kadir est arrivé."));
    }

    @Test
    void aCounterpartTakesTheRoleStatedWithoutANameBeforeIt() {
        assertEquals(List.of("Penny Wong / foreign-minister / AU"), officials("L'Australie et le Vietnam",
                "Le chef de la diplomatie vietnamienne a remercié son homologue australienne Penny Wong."));
    }

    @Test
    void aMonarchsNumberBelongsToTheName() {
        assertEquals(List.of("Harald V / head-of-state / NO", "Carl XVI Gustaf / head-of-state / SE"),
                officials("Le Vietnam, la Norvège et la Suède",
                        "Le président a reçu une lettre du roi de Norvège Harald V, qui a salué les relations.",
                        "Il a écrit au roi de Suède Carl XVI Gustaf le même jour."));
    }

    @Test
    void aPresidentOfABodyNoLabelNamesIsAnOfficialNotAHeadOfState() {
        assertEquals(List.of("Lina Ortiz / official / PE", "Ramón Gil / head-of-state / PE"),
                officials("Le Vietnam et le Pérou",
                        "Le ministre a rencontré la présidente de la Chambre de commerce de Lima, Lina Ortiz.",
                        "Il a été reçu par le président du Pérou, Ramón Gil."));
    }

    @Test
    void theHeadOfARegionalGovernmentIsAMinister() {
        assertEquals(List.of("Marta Ruiz / minister / ES"),
                officials("Le Vietnam et l'Espagne",
                        "Le vice-ministre a été reçu par la présidente du gouvernement régional de Valence, Marta "
                        + "Ruiz, et les deux parties ont évoqué le tourisme avec l'Espagne."));
    }

    @Test
    void aPartysNameWithItsAcronymIsNoPersonTheNameAfterIs() {
        assertEquals(List.of("Amani Mwita / official / TZ"),
                officials("Le Vietnam et la Tanzanie",
                        "La délégation a rencontré le vice-président du parti Umoja Wa Taifa (UWT), Amani Mwita."));
    }

    @Test
    void aSecretaryOfStateIsTheForeignMinisterOnlyOfTheUnitedStates() {
        assertEquals(List.of("Julia Barnes / foreign-minister / US", "Karl Weber / minister / AT",
                        "Ana Kovač / deputy-minister / HR", "Rohan Mehta / minister / IN"),
                officials("Les États-Unis, l'Autriche, la Croatie, l'Inde et le Vietnam",
                        "La secrétaire d'État américaine Julia Barnes est arrivée à Hanoï.",
                        "Le secrétaire d'État autrichien Karl Weber a visité le port.",
                        "Elle a été accueillie par la secrétaire d'État au ministère croate de l'Économie, Ana Kovač.",
                        "Le secrétaire d'État chargé du Commerce de l'Inde Rohan Mehta a pris la parole."));
    }

    @Test
    void aSecretaryOfStateWhoseStateIsThePartnerIsTheForeignMinisterOfTheUnitedStates() {
        assertEquals(List.of("Mark Olsen / foreign-minister / US"),
                officials("Les États-Unis et le Vietnam", "Le secrétaire d'État Mark Olsen s'est rendu à Hanoï."));
    }

    @Test
    void theActingAndTheVicePresidentOfASenate() {
        assertEquals(List.of("Tomas Hruby / official / CZ", "Eva Novak / parliament-leader / CZ"),
                officials("La République tchèque et le Vietnam",
                        "Le vice-président du Sénat tchèque, Tomas Hruby, a accueilli la délégation.",
                        "Elle a rencontré la présidente par intérim du Sénat Eva Novak."));
    }

    @Test
    void aLongPartyTitleEndsAtItsStateAndTheNameAfterItIsItsHolder() {
        assertEquals(List.of("Juan Perez Rosales / party-leader / CU", "Luis Gomez / head-of-government / CU"),
                officials("Cuba et le Vietnam", "Le message a été adressé au Premier secrétaire du Comité "
                        + "central du Parti communiste de Cuba Juan Perez Rosales et au Premier ministre cubain "
                        + "Luis Gomez."));
    }

    @Test
    void aNameAfterCoordinatedOfficesIsClosedByTheNextPersonOfTheList() {
        assertEquals(List.of("Trân Van Long / party-leader / VN", "Lê Thi Hoa / head-of-government / VN"),
                officials("Le Vietnam et le Laos", "Le secrétaire général du Parti communiste du Vietnam et "
                        + "président de la République, Trân Van Long et le Premier ministre Lê Thi Hoa ont "
                        + "adressé leurs vœux au Laos."));
    }

    @Test
    void aPluralRoleGivesItsOfficeToEachNameOfTheList() {
        assertEquals(List.of("Lê Minh Hoa / head-of-state / VN", "Ali Hassan Karim / head-of-state / EG"),
                officials("L'Égypte et le Vietnam", "L'annonce a été faite par les présidents Lê Minh Hoa et Ali "
                        + "Hassan Karim lors d'une conférence de presse."));
    }

    @Test
    void aCounterpartOfAnOfficialFirstNamedInTheTitle() {
        assertEquals(List.of("Sok Vanna / parliament-leader / KH", "Trân Thi Mai / parliament-leader / VN"),
                officials("Le président de l'Assemblée nationale cambodgienne Sok Vanna",
                        "Le président de l'Assemblée nationale cambodgienne Sok Vanna entame une visite au Vietnam, "
                        + "sur invitation de son homologue vietnamienne Trân Thi Mai."));
    }
    @Test
    void everyHolderOfAListSeparatedBySemicolonsKeepsRoleAndState() {
        assertEquals(List.of("Jan Nowak / parliament-leader / PL", "Eva Szabo / parliament-leader / HU",
                        "Karlis Ozols / parliament-leader / LV"),
                officials("Félicitations au Vietnam", "Le président a été félicité par le président du Sénat de "
                        + "Pologne, Jan Nowak; la présidente de l'Assemblée nationale de Hongrie, Eva Szabo; et le "
                        + "président du Parlement de Lettonie, Karlis Ozols."));
    }

    @Test
    void aRoleThenStatesAndNamesInTurnGivesEachNameItsState() {
        assertEquals(List.of("Tran Van Hung / party-leader / VN", "Ola Berg / ambassador / NO",
                        "Mme Rosa Diaz / ambassador / CL", "Omar Said / ambassador / EG"),
                officials("Nouveaux ambassadeurs", "Le secrétaire général du Parti, Tran Van Hung, a reçu les "
                        + "ambassadeurs de la Norvège, Ola Berg, du Chili, Mme Rosa Diaz, et de l'Égypte, Omar Said, "
                        + "venus présenter leurs lettres de créance."));
    }

    @Test
    void aNameAfterAnHonorificClosesTheApposition() {
        assertEquals(List.of("Mohammed VI / head-of-state / MA", "M. Tran Van Binh / head-of-state / VN"),
                officials("Le Maroc et le Vietnam", "Le roi Mohammed VI a adressé un message au Président de la "
                        + "République socialiste du Vietnam, M. Tran Van Binh, pour la fête nationale."));
    }

    @Test
    void aSubjectInAppositionNeedsNoClosingComma() {
        assertEquals(List.of("Siti Aminah / minister / MY", "Le Van Tam / ambassador / VN"),
                officials("La Malaisie et le Vietnam",
                        "La ministre malaisienne du Tourisme, Siti Aminah a salué la coopération.",
                        "L'ambassadeur du Vietnam en Malaisie, Le Van Tam prend la parole."));
    }

    @Test
    void aCapitalisedArticleInsideANameBelongsToIt() {
        assertEquals(List.of("Marco La Rocca / parliament-leader / IT"),
                officials("L'Italie et le Vietnam", "Le président a félicité le président du Sénat Marco La Rocca."));
    }

    @Test
    void aCounterpartTakesTheRoleOfTheOfficialNamedBeforeTheCueNotAfter() {
        assertEquals(List.of("Juma Ali / head-of-government / TZ", "Tran Van Hung / party-leader / VN",
                        "Pham Van Duc / head-of-government / VN"),
                officials("La Tanzanie et le Vietnam", "Le Premier ministre tanzanien Juma Ali est arrivé à Hanoï.",
                        "Juma Ali s'est entretenu avec son homologue vietnamien Pham Van Duc, puis a rencontré le "
                        + "secrétaire général du Parti, Tran Van Hung."));
    }

    @Test
    void aRoleWithItsOwnDeterminerAfterAConjunctionIsAnotherPerson() {
        assertEquals(List.of("Anna Lind / foreign-minister / SE"),
                officials("La Suède, le Chili et le Vietnam", "Le ministre chilien des Finances et la ministre des "
                        + "Affaires étrangères de Suède Anna Lind ont écrit au ministre."));
    }

    @Test
    void aStateInParenthesesAfterTheOfficeIsTheStateServed() {
        assertEquals(List.of("Paul Martin / official / FR", "Rui Costa / official / PT"),
                officials("Messages au Vietnam", "Le maire de Lyon (France), Paul Martin, et le maire de Porto "
                        + "(Portugal), Rui Costa, ont écrit au président."));
    }

    @Test
    void aSecondOfficeJoinedWithoutDeterminerIsTheSamePersonsAndLendsNoStateToTheNameBefore() {
        assertEquals(List.of("Tran Van Hung / foreign-minister / VN", "Hans Keller / vice-president / CH"),
                officials("La Suisse et le Vietnam", "A l'invitation du ministre des Affaires étrangères Tran Van "
                        + "Hung, le vice-président suisse et chef du Département fédéral de l'Économie Hans Keller "
                        + "effectue une visite officielle au Vietnam."));
    }

    @Test
    void twoStatesJoinedByADashAreNoName() {
        assertEquals(List.of("Pham Van Duc / deputy-head-of-government / VN"),
                officials("Le Laos et le Vietnam", "Le vice-Premier ministre Pham Van Duc, président du Comité de "
                        + "coopération Vietnam-Laos a également écrit."));
    }

    @Test
    void theFirstOfTwoCoordinatedOfficesCountsEvenWhenItIsTheCatchAllRole() {
        assertEquals(List.of("Li Hua / official / CN"),
                officials("La Chine et le Vietnam", "Le conseiller d'État et ministre des Affaires étrangères de la "
                        + "Chine Li Hua a répondu au message."));
    }

    @Test
    void aPartyLabelContinuesOverTheAdjectivesOfThePartysName() {
        assertEquals(List.of("Somsak Phanh / party-leader / LA"),
                officials("Le Laos et le Vietnam", "Le secrétaire général du Parti populaire révolutionnaire du Laos "
                        + "et président du Laos, Somsak Phanh, a écrit à Hanoï."));
    }

    @Test
    void coordinatedCounterpartsTakeTheirOwnStates() {
        assertEquals(List.of("Tran Van Nam / head-of-government / VN", "Oleg Petrov / head-of-government / BY",
                        "Ivan Sokolov / head-of-government / RU", "Chai Suwan / head-of-government / TH",
                        "Sam Rainsy Chea / head-of-government / KH", "Keo Vanna / head-of-government / LA"),
                officials("Le Vietnam, la Biélorussie et la Russie", "Le Premier ministre Tran Van Nam a remercié ses "
                        + "homologues biélorusse Oleg Petrov et russe Ivan Sokolov.", "Le Premier ministre thaïlandais "
                        + "Chai Suwan a salué ses deux homologues cambodgien et lao Sam Rainsy Chea et Keo Vanna."));
    }

    @Test
    void aCounterpartListedAfterAFellowSenderIsTheSubjectsCounterpart() {
        assertEquals(List.of("Vo Van Hai / head-of-state / VN", "Chanh Phom / party-leader / LA",
                        "Wen Tao / head-of-state / CN"),
                officials("Le Vietnam, le Laos et la Chine", "Le président Vo Van Hai a reçu les vœux du secrétaire "
                        + "général du Parti lao Chanh Phom et de son homologue chinois Wen Tao."));
    }

    @Test
    void theSecretaryGeneralOfAnAssemblyIsNoPartyLeader() {
        assertEquals(List.of("Marie Dupuis / official / FR"),
                officials("La France et le Vietnam", "La secrétaire générale de l'Assemblée parlementaire de la "
                        + "Francophonie, Marie Dupuis, a visité Hanoï."));
    }

    @Test
    void theSecretaryGeneralOfAnInternationalBodyNamedByItsAcronymIsNoPartyLeader() {
        assertEquals(List.of("Pedro Alvarez / official / null"),
                officials("L'OCDE et le Vietnam", "Le secrétaire général de l'OCDE Pedro Alvarez a visité Hanoï."));
    }

    @Test
    void aCityOfSeveralWordsAfterAPartyCommitteeIsNoPartOfTheHoldersName() {
        assertEquals(List.of("Tran Van Binh / official / VN", "Le Thi Hoa / official / VN"),
                officials("Le Vietnam et Cuba", "La délégation cubaine a été reçue par le secrétaire du Comité du "
                        + "Parti de Hô Chi Minh-Ville, Tran Van Binh, puis par la présidente du Comité populaire de "
                        + "Hai Phong, Le Thi Hoa."));
    }

    @Test
    void theEnglishNameOfABodyIsNoPartOfTheHoldersName() {
        assertEquals(List.of("Mary Brown / official / US"),
                officials("Les États-Unis et le Vietnam", "La vice-présidente de l'US Chamber of Commerce, Mary Brown, "
                        + "a parlé aux entreprises américaines."));
    }

    @Test
    void theWordAfterAnOrganisationsCueIsItsNameNotTheHolders() {
        assertEquals(List.of("Rosa Ortega / official / CL"),
                officials("Le Chili et le Vietnam", "Il a transmis les vœux de la présidente de la Ligue Verte et "
                        + "sénatrice chilienne Rosa Ortega."));
    }

    @Test
    void theChairOfAFederatedEntitysAssemblyIsAnOfficial() {
        assertEquals(List.of("Karl Weber / official / DE"),
                officials("L'Allemagne et le Vietnam", "Le président du Parlement du Land de Bavière (Allemagne), Karl "
                        + "Weber, a écrit à Hanoï."));
    }

    @Test
    void aGovernorGeneralIsAnOfficial() {
        assertEquals(List.of("Dame Helen Ward / official / AU"),
                officials("L'Australie et le Vietnam", "La gouverneure générale de l'Australie, Dame Helen Ward, a "
                        + "reçu l'ambassadeur."));
    }

    @Test
    void thePresidentOfAnyChamberOfAParliamentLeadsAParliament() {
        assertEquals(List.of("Greta Lindner / parliament-leader / AT", "Aziz Tursunov / parliament-leader / UZ",
                        "Piotr Zalewski / parliament-leader / PL"),
                officials("L'Autriche, l'Ouzbékistan, la Pologne et le Vietnam",
                        "La présidente du Bundesrat autrichien, Greta Lindner, a reçu la délégation.",
                        "Le président de la Chambre législative de l'Oliy Majlis d'Ouzbékistan, Aziz Tursunov, et le "
                                + "président du Sejm polonais Piotr Zalewski ont salué le Vietnam."));
    }

    @Test
    void theBarePresidentOfANamedChamberLeadsAParliamentWithItsStateBeforeOrAfterTheChamber() {
        assertEquals(List.of("Anna Nowak / parliament-leader / PL", "Kenji Mori / parliament-leader / JP",
                        "Ivan Petrov / parliament-leader / RU", "Pablo Soto / parliament-leader / CL",
                        "Nadia Amrani / parliament-leader / DZ", "Luis Prado / official / CL"),
                officials("La Pologne, le Japon, la Russie, le Chili, l'Algérie et le Vietnam",
                        "La présidente polonaise du Sénat, Anna Nowak, a reçu la délégation.",
                        "Le président de la Diète japonaise Kenji Mori a salué les relations.",
                        "Le président de la Douma d'État de Russie, Ivan Petrov, et le président de la Chambre des "
                                + "députés du Chili, Pablo Soto, ont écrit à Hanoï.",
                        "La présidente de l'Assemblée populaire nationale algérienne, Nadia Amrani, a reçu le "
                                + "vice-président de la Chambre des députés chilienne, Luis Prado."));
    }

    @Test
    void aChambersVicePresidentIsAnOfficialAndAPresidentElectedByAParliamentHeadsTheState() {
        assertEquals(List.of("Heinz Brandt / official / DE", "Dao Van Khoa / head-of-state / VN"),
                officials("L'Allemagne et le Vietnam",
                        "Le vice-président du Bundestag allemand Heinz Brandt a félicité Dao Van Khoa, élu président "
                                + "du Vietnam par l'Assemblée nationale."));
    }

    @Test
    void aChambersOwnNameInParenthesesAndItsAcronymStillGiveItsLeader() {
        assertEquals(List.of("Rahim Osman / parliament-leader / MY", "Ngo Thi Hoa / parliament-leader / VN"),
                officials("La Malaisie et le Vietnam",
                        "Le président de la Chambre des représentants (Dewan Rakyat), Rahim Osman, a reçu la "
                                + "présidente de l'AN du Vietnam, Ngo Thi Hoa."));
    }

    @Test
    void aCounterpartNamedWithTheChamberHeChairsTakesTheRoleOfTheOfficialBefore() {
        assertEquals(List.of("Ngo Thi Hoa / parliament-leader / VN", "Bakyt Alimov / parliament-leader / KZ"),
                officials("Le Kazakhstan et le Vietnam",
                        "La présidente de l'Assemblée nationale, Ngo Thi Hoa, a rencontré son homologue kazakh du "
                                + "Mazhilis, Bakyt Alimov."));
    }

    @Test
    void particlesStayInsideANameWrittenBeforeItsOffice() {
        assertEquals(List.of("Faisal bin Hamdan / head-of-government / MY",
                        "Nurul binti Yusof / foreign-minister / MY", "Carla da Cunha / ambassador / BR"),
                officials("La Malaisie, le Brésil et le Vietnam",
                        "Il a reçu Faisal bin Hamdan, Premier ministre de Malaisie, et Nurul binti Yusof, ministre "
                                + "malaisienne des Affaires étrangères.",
                        "Carla da Cunha, ambassadrice du Brésil, était présente."));
    }

    @Test
    void aNameKeepsAWordAfterAnInnerApostropheAndATitleItIsCalledBy() {
        assertEquals(List.of("Omar Mu'izzuddin Hakim / head-of-state / BN", "Sultan Idris / head-of-state / MY"),
                officials("Brunei, la Malaisie et le Vietnam",
                        "Le sultan de Brunei Omar Mu'izzuddin Hakim a reçu le ministre.",
                        "Le roi de Malaisie, Sultan Idris, a reçu le ministre."));
    }

    @Test
    void anOfficeTakenInTheCapacityGivenAfterAPossessiveIsThePersonsOfThePossessive() {
        assertEquals(List.of("Tran Van Nam / head-of-state / VN", "Marco Reyes / head-of-state / PH",
                        "Kenji Sato / foreign-minister / JP"),
                officials("Le Vietnam, les Philippines et le Japon",
                        "Le président Tran Van Nam a écrit à Marco Reyes pour son investiture en tant que 18e "
                                + "président des Philippines.",
                        "Il a félicité Kenji Sato pour sa récente nomination au poste de ministre des Affaires "
                                + "étrangères du Japon."));
    }

    @Test
    void twoOfficesBeforeTwoNamesAreHeldInTheirOrder() {
        assertEquals(List.of("Sok Vanna / head-of-state / KH", "Chea Sophal / head-of-government / KH",
                        "Tran Van Nam / party-leader / VN", "Ngo Van Hoa / head-of-state / VN"),
                officials("Le Cambodge et le Vietnam",
                        "Le président et le Premier ministre cambodgiens, Sok Vanna et Chea Sophal, ont reçu la "
                                + "délégation.",
                        "Le secrétaire général du Parti et le président de l'État, respectivement Tran Van Nam et "
                                + "Ngo Van Hoa, ont reçu les invités."));
    }

    @Test
    void respectiveCounterpartsTakeTheRolesOfTheOfficialsNamedBeforeInOrder() {
        assertEquals(List.of("Tran Van Nam / head-of-government / VN", "Ngo Thi Hoa / parliament-leader / VN",
                        "Sok Vanna / head-of-government / KH", "Chea Sophal / parliament-leader / KH"),
                officials("Le Cambodge et le Vietnam",
                        "Le Premier ministre Tran Van Nam et la présidente de l'Assemblée nationale Ngo Thi Hoa ont "
                                + "reçu respectivement leurs homologues cambodgiens Sok Vanna et Chea Sophal."));
        assertEquals(List.of("Le Van Thanh / minister / VN", "Do Thi Mai / deputy-minister / VN",
                        "Kim Sovan / minister / KH", "Pich Dara / deputy-minister / KH"),
                officials("Le Cambodge et le Vietnam",
                        "Le ministre Le Van Thanh et la vice-ministre Do Thi Mai ont rencontré leurs homologues "
                                + "respectifs, Kim Sovan et Pich Dara."));
    }

    @Test
    void aStyleOfAddressIsNoPartOfTheNameButATitleIs() {
        assertEquals(List.of("Khalid ben Ali Al Khalifa / head-of-government / BH",
                        "Cheikh Nasser Al-Hamad / head-of-state / KW"),
                officials("Bahreïn, le Koweït et le Vietnam",
                        "Il a été reçu par le Premier ministre de Bahreïn, Son Altesse royale le prince Khalid ben "
                                + "Ali Al Khalifa, lors de sa visite.",
                        "Il a ensuite rencontré Son Altesse Cheikh Nasser Al-Hamad, émir du Koweït."));
    }

    @Test
    void aMinistryNamedWithTwoCapitalisedDomainsStaysOneOfficeBeforeTheHoldersTitle() {
        assertEquals(List.of("Sultan Rashid Al Mansouri / minister / AE"),
                officials("Les Émirats arabes unis et le Vietnam",
                        "Il a été accueilli par le ministre émirien de l'Énergie et des Infrastructures, Sultan "
                                + "Rashid Al Mansouri."));
    }

    @Test
    void anOfficeEndsBeforeAnArticleThatOpensTheObjectOfTheVerb() {
        assertEquals(List.of("Le Van Thanh / head-of-government / VN", "Tran Van Nam / party-leader / VN"),
                officials("Les Émirats arabes unis et le Vietnam",
                        "Le Premier ministre Le Van Thanh a transmis au président émirien les salutations du "
                                + "secrétaire général Tran Van Nam."));
    }

    @Test
    void anAdjectiveThatNamesNoStateStaysInTheOfficeAndANameBeforeACapacityCueHoldsIt() {
        assertEquals(List.of("Karl Huber / foreign-minister / AT", "Marc Dubois / official / VN"),
                officials("L'Autriche, la Suisse et le Vietnam",
                        "Le ministre fédéral autrichien des Affaires européennes et internationales, Karl Huber, a "
                                + "écrit au Vietnam.",
                        "L'ambassadrice a annoncé la nomination de l'homme d'affaires suisse Marc Dubois comme consul "
                                + "honoraire du Vietnam à Genève."));
    }

    @Test
    void aParticipleBetweenTheOfficeAndTheNameDescribesTheHolderButAVerbInThePresentDoesNot() {
        assertEquals(List.of("Greg Miller / head-of-state / US", "Paul Durand / head-of-government / FR"),
                officials("Les États-Unis, la France et le Vietnam",
                        "Le président américain élu Greg Miller a reçu le Premier ministre français nouvellement "
                                + "nommé Paul Durand.",
                        "Le président salue Anne Leroy et le ministre remercie Marc Petit."));
    }

    @Test
    void theUsualFrenchAdjectiveBesideTheAgencysOneGivesTheState() {
        assertEquals(List.of("Bounthan Keomany / head-of-government / LA", "Kenji Aoyama / foreign-minister / JP"),
                officials("Le Laos, le Japon et le Vietnam",
                        "Le Premier ministre laotien Bounthan Keomany a reçu le ministre nippon des Affaires "
                                + "étrangères, Kenji Aoyama."));
    }

    @Test
    void aPluralCounterpartCueGivesTheRoleToEveryNameOfItsList() {
        assertEquals(List.of("Tran Van Nam / foreign-minister / VN", "Somsak Vong / foreign-minister / LA",
                        "Bounmy Keo / foreign-minister / LA"),
                officials("Le Laos et le Vietnam", "Le ministre des Affaires étrangères Tran Van Nam a reçu ses "
                        + "homologues Somsak Vong et Bounmy Keo."));
        assertEquals(List.of("Le Van Thanh / head-of-government / VN", "Somsak Vong / head-of-government / LA",
                        "Chea Sophal / head-of-government / KH", "Ngo Thi Hoa / parliament-leader / VN",
                        "Kim Sovan / parliament-leader / KH", "Pich Dara / parliament-leader / KH"),
                officials("Le Laos, le Cambodge et le Vietnam",
                        "Le Premier ministre Le Van Thanh a rencontré ses homologues du Laos et du Cambodge, Somsak "
                                + "Vong et Chea Sophal.",
                        "La présidente de l'Assemblée nationale Ngo Thi Hoa a reçu ses homologues cambodgiens Kim "
                                + "Sovan et Pich Dara."));
    }

    @Test
    void aRulersLongNameRunsOnWhileItsWordsAreNameWords() {
        assertEquals(List.of("Sultan Haji Ahmad Shah Ibrahim Iskandar Mahmud Azlan / head-of-state / MY"),
                officials("La Malaisie et le Vietnam", "Le roi de Malaisie, Sultan Haji Ahmad Shah Ibrahim Iskandar "
                        + "Mahmud Azlan, a reçu le ministre."));
    }

    @Test
    void aQueenBesideAKingOfHerStateIsHisConsortAndAQueenAloneReigns() {
        assertEquals(List.of("Erik XII / head-of-state / SE", "Astrid / official / SE"),
                officials("La Suède et le Vietnam", "Le roi Erik XII et la reine Astrid ont reçu le président."));
        assertEquals(List.of("Helena Maria / official / SE", "Erik XII / head-of-state / SE"),
                officials("La Suède et le Vietnam", "La reine Helena Maria, épouse du roi Erik XII, a visité "
                        + "l'hôpital de Hanoï."));
        assertEquals(List.of("Ingrid II / head-of-state / DK"),
                officials("Le Danemark et le Vietnam", "La reine Ingrid II a reçu le président."));
        assertEquals(List.of("Clara Hale / official / GB"),
                officials("Le Royaume-Uni et le Vietnam", "La reine consort Clara Hale a visité une école."));
    }

    @Test
    void theBarePresidentOfAPartyOrOfTheShortNameTheArticleGivesAPartyLeadsIt() {
        assertEquals(List.of("Joaquim Nhaca / party-leader / MZ", "Ana Mabote / official / MZ"),
                officials("Le Mozambique et le Vietnam",
                        "Une délégation du Front de libération du Mozambique (Frelimo) est arrivée à Hanoï.",
                        "Le ministre a transmis ses salutations au président du Frelimo, Joaquim Nhaca.",
                        "Il a reçu la vice-présidente du Frelimo, Ana Mabote."));
        assertEquals(List.of("Pedro Neto / party-leader / AO", "Amani Mwita / party-leader / TZ"),
                officials("L'Angola, la Tanzanie et le Vietnam",
                        "Le président du Mouvement populaire de libération de l'Angola, Pedro Neto, a reçu la "
                                + "délégation.",
                        "Elle a ensuite rencontré le président du parti Umoja Wa Taifa (UWT) de Tanzanie, Amani "
                                + "Mwita."));
    }

    @Test
    void anAdjectiveTwoStatesShareNamesTheOneTheArticleNamesAndNoneOtherwise() {
        assertEquals(List.of("Han Jin-woo / head-of-government / KR"),
                officials("La République de Corée et le Vietnam",
                        "Le Premier ministre coréen Han Jin-woo a reçu la délégation."));
        assertEquals(List.of(), officials("Le Japon et le Vietnam",
                "Le Premier ministre coréen Han Jin-woo a salué le sommet."));
        assertEquals(List.of(), officials("La Corée du Nord, la Corée du Sud et le Vietnam",
                "Le Premier ministre coréen Han Jin-woo a salué le sommet."));
        assertEquals(List.of("Han Jin-woo / head-of-government / KR", "Tran Van Nam / minister / VN",
                        "Lee Jae-sung / minister / KR"),
                officials("La Corée du Sud et le Vietnam",
                        "Le Premier ministre coréen Han Jin-woo a reçu la délégation.",
                        "Ils ont évoqué le dialogue entre la Corée du Sud et la Corée du Nord.",
                        "Le ministre Tran Van Nam a rencontré son homologue coréen Lee Jae-sung."));
    }

    @Test
    void anAbbreviatedInterimQualifierKeepsTheOfficeAndItsHolder() {
        assertEquals(List.of("Fatou Diallo / official / null"), officials("Le ministre au siège de l'organisation",
                "Le ministre a rencontré le président p.i. de la Commission de l'Union africaine, Fatou Diallo."));
    }

    @Test
    void anAdjectiveAfterTheChambersNameContinuesTheLabel() {
        assertEquals(List.of("Somchai Prasert / parliament-leader / TH"), officials("La Thaïlande et le Vietnam",
                "Il a écrit au président de l'Assemblée nationale législative thaïlandaise Somchai Prasert."));
    }

    @Test
    void theCounterpartOfAnOfficialWithTwoOfficesHoldsTheLastOne() {
        assertEquals(List.of("Tran Van Nam / deputy-head-of-government / VN",
                        "Kasit Boonmee / foreign-minister / TH"), officials("La Thaïlande et le Vietnam",
                "Le vice-Premier ministre et ministre des Affaires étrangères Tran Van Nam a reçu son homologue "
                        + "thaïlandais Kasit Boonmee."));
    }

    @Test
    void anElidedPrepositionWithATypographicApostropheStillLeadsToTheState() {
        assertEquals(List.of("Karim Salah / parliament-leader / EG"), officials("Le Vietnam et ses partenaires",
                "Il a rencontré le président de la Chambre des représentants d’Egypte Karim Salah."));
    }

    @Test
    void aConjunctionAndAPrepositionCloseTheHoldersApposition() {
        assertEquals(List.of("Vo Van Tam / head-of-state / VN"), officials("Le Vietnam et le Kenya",
                "Un accord a été signé lors de la visite du président vietnamien, Vo Van Tam et de sa délégation."));
    }

    @Test
    void counterpartsListedWithCommasTakeTheirOwnAdjectivesStates() {
        assertEquals(List.of("Pham Van Hoa / head-of-government / VN", "Sonexay Vong / head-of-government / LA",
                        "Hun Rith / head-of-government / KH"), officials("Le Premier ministre à Bangkok",
                "Le Premier ministre Pham Van Hoa a rencontré ses homologues laotien Sonexay Vong, cambodgien "
                        + "Hun Rith, à Bangkok."));
    }

    @Test
    void theFamilyNameThatGivesTheStateComesAfterTheHonorific() {
        assertEquals(List.of("Mme Nguyen Thi Lan / parliament-leader / VN"), officials("Le Cambodge et le Vietnam",
                "Le Premier ministre cambodgien a rencontré la présidente de l'Assemblée nationale, Mme Nguyen Thi "
                        + "Lan."));
    }

    @Test
    void theHeadOfAnOfficesBureauIsAnOfficialNotTheOfficesHolder() {
        assertEquals(List.of("Dang Van Khoa / official / VN"), officials("Le Vietnam et la Russie",
                "Étaient présents le chef du bureau du président Dang Van Khoa et d'autres responsables "
                        + "vietnamiens."));
    }

    @Test
    void aBodysHeadWordBeforeACommaIsNoPersonsName() {
        assertEquals(List.of("Ly Van Sang / minister / VN"), officials("Le Vietnam et la Russie",
                "Étaient présents : membre du Comité central du Parti, vice-Premier ministre, ministre de la Défense "
                        + "vietnamien Ly Van Sang."));
    }

    @Test
    void anOfficeListedAfterAnotherHoldersWithoutAStateServesTheSameState() {
        assertEquals(List.of("Jorge Pena / head-of-government / CU", "Ana Ruiz / parliament-leader / CU",
                        "Ivan Petrov / head-of-state / RU"),
                officials("Des messages de condoléances", "Le Premier ministre cubain Jorge Pena ; le président de "
                        + "l'Assemblée nationale Ana Ruiz ; ainsi que le président russe Ivan Petrov ont adressé "
                        + "leurs condoléances."));
    }

    @Test
    void theCounterpartOfAHomeLeaderCalledByNoOfficeHoldsTheFirstHomeOfficialsRole() {
        assertEquals(List.of("Pham Van Hoa / head-of-government / VN", "Somchai Prasert / head-of-government / TH"),
                officials("Le Premier ministre en Thaïlande", "Le Premier ministre vietnamien Pham Van Hoa est "
                        + "arrivé à Bangkok.", "Le dirigeant vietnamien s'est entretenu avec son homologue thaïlandais "
                        + "Somchai Prasert."));
    }

    @Test
    void aHomeLeadersFamilyNameOutweighsTheForeignHolderListedBeforeHimAndOneOfficeTwiceIsTwoSides() {
        assertEquals(List.of("Harald Olsen / head-of-state / NO", "Tran Van Nam / head-of-state / VN"),
                officials("Des condoléances", "À la nouvelle du décès du roi de Norvège, Harald Olsen, le président "
                        + "Tran Van Nam a adressé un message."));
        assertEquals(List.of("Tran Van Nam / head-of-state / VN", "Pedro Ruiz / head-of-state / null"),
                officials("Des consultations", "Ils ont rappelé la rencontre entre le président Tran Van Nam et le "
                        + "président Pedro Ruiz à Santiago, puis la visite du ministre kényan à Moscou et en Russie."));
    }

    @Test
    void anOfficialOfNoStatedStateServesTheOnePartnerHisSentenceNames() {
        assertEquals(List.of("Rafael Duarte / head-of-state / PT", "Lars Holm / head-of-government / DK"),
                officials("Le Portugal et le Danemark adressent leurs condoléances au Vietnam",
                        "Au nom du peuple portugais, le président Rafael Duarte a adressé ses condoléances.",
                        "Le Premier ministre Lars Holm a salué l'amitié entre le Danemark et le Vietnam."));
    }

    @Test
    void aMinisterOfSeveralPortfoliosIsNamedAfterTheLast() {
        assertEquals(List.of("Julia Ferreyra / foreign-minister / UY", "Tran Van Hoa / minister / VN"),
                officials("L'Uruguay et le Vietnam",
                        "La ministre uruguayenne des Affaires étrangères, du Commerce et du Tourisme, Julia Ferreyra, "
                                + "est arrivée à Hanoï.",
                        "Elle a été reçue par le ministre vietnamien de la Santé, du Travail et des Affaires sociales "
                                + "Tran Van Hoa."));
    }

    @Test
    void englandNamesTheUnitedKingdom() {
        assertEquals(List.of("Henri V / head-of-state / GB"),
                officials("Des messages de félicitations",
                        "Le roi Henri V d'Angleterre a adressé un message de félicitations au Vietnam."));
    }

    @Test
    void theAgencyAbbreviationOfADeputyPrimeMinisterIsTheFirstOffice() {
        assertEquals(List.of("Ana Brnabic / deputy-head-of-government / RS"), officials("La Serbie et le Vietnam",
                "La vice-PM et ministre serbe de l'Économie Ana Brnabic est arrivée à Hanoï."));
        // Without "vice-", the abbreviation is the head of government's office.
        assertEquals(List.of("Ana Brnabic / head-of-government / RS"), officials("La Serbie et le Vietnam",
                "La PM serbe Ana Brnabic est arrivée à Hanoï."));
    }

    @Test
    void aPresidentAfterAPossessiveChairsTheChamberOrPartyNamedBefore() {
        assertEquals(List.of("Kham Phoui / official / LA"), officials("Le Laos et le Vietnam",
                "Une délégation de l'Assemblée nationale du Laos, conduite par son vice-président Kham Phoui, est "
                        + "arrivée à Hanoï."));
        assertEquals(List.of("Kham Phoui / parliament-leader / LA"), officials("Le Laos et le Vietnam",
                "Une délégation de l'Assemblée nationale du Laos, conduite par son président Kham Phoui, est "
                        + "arrivée à Hanoï."));
        // Without a body before the possessive, the president is the state's.
        assertEquals(List.of("Kham Phoui / head-of-state / LA"), officials("Le Laos et le Vietnam",
                "Le Vietnam a salué le peuple du Laos et son président Kham Phoui."));
        // Another name between the body and the possessive may own the office.
        assertEquals(List.of("Kham Phoui / head-of-state / LA"), officials("Le Laos et le Vietnam",
                "Des membres de l'Assemblée nationale du Laos ont accompagné Vientiane et son président Kham Phoui."));
        // A state named after the body, a tense or a common noun between them: the possessive is another owner's.
        assertEquals(List.of("Sergueï Orlov / head-of-state / RU"), officials("La Russie et le Vietnam",
                "Une délégation de l'Assemblée nationale du Vietnam a séjourné en Russie et salué son président "
                        + "Sergueï Orlov le 4 juin."));
        assertEquals(List.of("Batbold Enkh / head-of-state / MN"), officials("La Mongolie et le Vietnam",
                "Une délégation du Parti communiste du Vietnam a vu le 4 juin le gouvernement de la Mongolie et son "
                        + "président Batbold Enkh."));
    }

    @Test
    void theFieldAnOfficeHolderIsInChargeOfBelongsToTheOffice() {
        assertEquals(List.of("Marta Quispe / deputy-minister / BO"), officials("La Bolivie et le Vietnam",
                "Il a reçu la vice-ministre bolivienne des Affaires étrangères chargée de l'Europe, de l'Afrique et "
                        + "de l'Asie, Marta Quispe, à Hanoï."));
        assertEquals(List.of("Marta Quispe / deputy-minister / BO"), officials("La Bolivie et le Vietnam",
                "Il a reçu la vice-ministre bolivienne chargée du commerce extérieur Marta Quispe."));
        // An article after the comma opens another person's office, not a second field.
        assertEquals(List.of("Marta Quispe / minister / BO"), officials("La Bolivie et le Vietnam",
                "Il a reçu le vice-ministre bolivien chargé de l'Asie, le ministre bolivien de la Santé Marta Quispe "
                        + "et d'autres."));
    }

    @Test
    void aForeignNameListedAfterAHomeOfficialServesThePartnerNotTheHomeState() {
        assertEquals(List.of("Tran Van Nam / deputy-head-of-government / VN", "Peter Walsh / minister / AU"),
                officials("L'Australie et le Vietnam", "Le vice-Premier ministre Tran Van Nam et le ministre de "
                        + "l'Énergie et ministre des Ressources, Peter Walsh."));
        // not the home state: a foreign holder listed first still lends his state to the next
        assertEquals(List.of("Peter Walsh / head-of-government / AU", "John Hart / minister / AU",
                        "Tran Van Nam / head-of-state / VN"),
                officials("Le Japon et le Vietnam", "Le Premier ministre australien Peter Walsh ; le ministre des "
                        + "Finances John Hart ; et le président Tran Van Nam ont échangé des messages."));
    }

    @Test
    void aCompoundAdjectiveWrittenWithASpaceGivesTheState() {
        assertEquals(List.of("Peter Walsh / minister / ZA"), officials("Le Japon et le Vietnam",
                "Le ministre sud africain du Commerce, Peter Walsh, a visité Tokyo."));
        assertEquals(List.of("Sione Tupou / head-of-government / NZ"), officials("Le Japon et le Vietnam",
                "Le Premier ministre néo zélandais Sione Tupou est arrivé à Tokyo."));
        // one half of a compound is no adjective: the article's partner serves the holder
        assertEquals(List.of("Peter Walsh / minister / JP"), officials("Le Japon et le Vietnam",
                "Le ministre du Sud, Peter Walsh, a visité Hanoï."));
    }

    @Test
    void aNordicSecretaryOfStateIsADeputyOrACivilServant() {
        assertEquals(List.of("Erik Lund / deputy-minister / SE"), officials("La Suède et le Vietnam",
                "Le secrétaire d'État suédois chargé du Commerce, Erik Lund, a visité Hanoï."));
        assertEquals(List.of("Lars Berg / deputy-minister / NO"), officials("La Norvège et le Vietnam",
                "Hanoï a accueilli Lars Berg, secrétaire d'État norvégien aux Affaires étrangères."));
        assertEquals(List.of("Jens Holm / official / DK"), officials("Le Danemark et le Vietnam",
                "Il a rencontré le secrétaire d'État au Commerce au ministère danois de l'Économie, Jens Holm."));
        // elsewhere a secretary of state is a minister, the British one for foreign affairs its foreign minister
        assertEquals(List.of("John Smith / foreign-minister / GB"), officials("Le Royaume-Uni et le Vietnam",
                "Le secrétaire d'État britannique aux Affaires étrangères, John Smith, a visité Hanoï."));
        assertEquals(List.of("Paul Durand / minister / FR"), officials("La France et le Vietnam",
                "Le secrétaire d'État français chargé du Commerce extérieur, Paul Durand, a visité Hanoï."));
    }

    @Test
    void aPortfolioBeforeTheNameIsNoWordOfItWhenAnAppositionFollows() {
        assertEquals(List.of("Tran Van Cuong / deputy-minister / VN"), officials("Le Laos et le Vietnam",
                "Le vice-ministre vietnamien de la Santé Tran Van Cuong, également député, est arrivé à Vientiane."));
        // a name with no office before it keeps all its words
        assertEquals(List.of("Nguyen Van Minh / official / VN"), officials("Le Laos et le Vietnam",
                "Selon Nguyen Van Minh, également député, la coopération progresse."));
    }

    @Test
    void aCommanderInChiefOfTheArmedForcesIsAnOfficial() {
        assertEquals(List.of("Somchai Prasert / official / TH"), officials("La Thaïlande et le Vietnam",
                "La délégation a été reçue par le général Somchai Prasert, commandant en chef de l'armée du pays."));
        // a commander's rank alone is no office
        assertEquals(List.of(), officials("La Thaïlande et le Vietnam",
                "Le commandant Somchai Prasert a accueilli la délégation au port."));
    }

    @Test
    void aVietnameseNameTheFamilyListMissesListedAfterAHomeOfficialKeepsTheHomeState() {
        // names of Vietnamese shape whose family name ("Triệu", "Hầu", "Tôn", ...) is not listed as a common one
        for (String name : List.of("Trieu Quoc Dung", "Hau Van Lenh", "Ton That Minh", "Lai Duc Mon")) {
            assertEquals(List.of("Tran Van Nam / deputy-head-of-government / VN", name + " / deputy-minister / VN",
                            "Li Ming / minister / CN"),
                    officials("La Chine et le Vietnam", "Le vice-Premier ministre Tran Van Nam et le vice-ministre "
                            + "de la Sécurité publique, " + name + ", ont accueilli jeudi à Hanoï le ministre "
                            + "chinois des Transports, Li Ming."), name);
        }
    }

    @Test
    void aNameListedAfterAHomeOfficialWithNoPartnerKeepsTheHomeStateOnlyWhenVietnamese() {
        assertEquals(List.of("Pham Van Hoa / deputy-head-of-government / VN", "Nghiem Xuan Tung / minister / VN"),
                officials("Le Vietnam renforce sa coopération", "Le vice-Premier ministre Pham Van Hoa et le "
                        + "ministre de la Construction, Nghiem Xuan Tung, ont inspecté un chantier."));
        // a foreign name with no other side named: no state rather than Vietnam's
        assertEquals(List.of("Pham Van Hoa / deputy-head-of-government / VN", "Greg Walsh / minister / null"),
                officials("Le Vietnam renforce sa coopération", "Le vice-Premier ministre Pham Van Hoa et le "
                        + "ministre de la Construction, Greg Walsh, ont inspecté un chantier."));
    }

    @Test
    void aForeignNameWhoseFirstWordIsAlsoAVietnameseFamilyNameServesThePartner() {
        // "Thân", "Lục" are Vietnamese family names too, but not listed: folded they are Burmese and French
        for (String[] c : new String[][] {{"Than Swe", "Le Myanmar", "MM"}, {"Luc Frieden", "Le Luxembourg", "LU"}}) {
            assertEquals(List.of("Tran Van Nam / deputy-head-of-government / VN", c[0] + " / minister / " + c[2]),
                    officials(c[1] + " et le Vietnam", "Le vice-Premier ministre Tran Van Nam et le ministre du "
                            + "Commerce, " + c[0] + ", ont signé un accord."), c[0]);
        }
    }

    @Test
    void aNameWithAHyphenOrAnInitialListedAfterAHomeOfficialServesThePartner() {
        // every other word could be Vietnamese: the hyphen, the initial tells
        for (String[] c : new String[][] {{"Kim Min-ho", "La République de Corée", "KR"},
                {"Don V. Lam", "L'Australie", "AU"}}) {
            assertEquals(List.of("Tran Van Nam / deputy-head-of-government / VN", c[0] + " / minister / " + c[2]),
                    officials(c[1] + " et le Vietnam", "Le vice-Premier ministre Tran Van Nam et le ministre du "
                            + "Commerce, " + c[0] + ", ont signé un accord."), c[0]);
        }
    }

    @Test
    void aMinorityFamilyNameNoSyllableShapeAdmitsIsStillAHomeOne() {
        // "Ksor" (Jarai) is no Kinh syllable, but the list of common family names knows it
        assertEquals(List.of("Tran Van Nam / deputy-head-of-government / VN", "Ksor Van Hai / deputy-minister / VN",
                        "Li Ming / minister / CN"),
                officials("La Chine et le Vietnam", "Le vice-Premier ministre Tran Van Nam et le vice-ministre de "
                        + "l'Agriculture, Ksor Van Hai, ont accueilli jeudi à Hanoï le ministre chinois des "
                        + "Transports, Li Ming."));
        // nor is a less common Kinh family name, written with its diacritics, read as the partner's with no list
        assertEquals(List.of("Li Ming / minister / CN", "Triệu Văn Tùng / minister / VN"),
                officials("La Chine et le Vietnam", "Le ministre chinois des Transports, Li Ming, a rencontré le "
                        + "ministre Triệu Văn Tùng."));
    }
}
