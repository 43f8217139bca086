package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.fact.Contract;
import diplokg.fact.Establishment;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    @Test
    void oneRecogniserPerKindReadsWhatTheEarlierOnesFound() {
        List<FactKind<?>> order = new ArticleExtractor(ProjectFiles.lexicon()).order().stream()
                .<FactKind<?>>map(Recognizer::kind).toList();
        assertEquals(List.of(Contract.STATES, Contract.PAIRS, Contract.OFFICIALS, Contract.PARTNERSHIPS,
                Contract.SECTORS, Contract.EVENTS, Contract.RELATIONS_ESTABLISHED, Contract.TARGETS,
                Contract.ORGANIZATIONS, Contract.AGREEMENTS), order);
    }

    @Test
    void aKindNoRecogniserFindsIsEmptyNotMissing() {
        ArticleFacts facts = TestArticles.facts("2025-01", "Le Vietnam et le Japon", "Rien de plus.");
        assertEquals(List.of(), facts.get(Contract.AGREEMENTS));
        assertEquals(List.of("JP", "VN"), facts.annotation().get(Contract.STATES).stream().sorted().toList());
    }

    @Test
    void anArticleWithoutTitleIsAboutThePartnerItsBodyNamesMost() {
        ArticleFacts facts = TestArticles.facts("2021-10", "",
                "En marge d'un forum tenu en Indonésie, la ministre vietnamienne a rencontré son homologue chilien.",
                "Le Chili est un partenaire de premier plan du Vietnam en Amérique latine.",
                "Les deux pays veulent doubler leurs échanges, a dit le ministre du Chili.");
        assertEquals(List.of(StatePair.of("CL", "VN")), facts.facts(Contract.PAIRS));
    }

    @Test
    void aRoundUpIsAboutEveryPartnerNamedInAnOffice() {
        ArticleFacts facts = TestArticles.facts("2022-11", "Des dirigeants étrangers félicitent son président",
                "Dans sa lettre, le président de la Corée du Sud a félicité son homologue vietnamien.",
                "La Corée du Sud est le premier investisseur au Vietnam et la Corée du Sud veut le rester.",
                "Le roi de Norvège et la présidente slovaque ont aussi adressé des messages de félicitations.",
                "À Hanoï, l'ambassadeur du Vietnam en Égypte a évoqué la situation au Myanmar.");
        assertEquals(List.of(StatePair.of("KR", "VN"), StatePair.of("NO", "VN"), StatePair.of("SK", "VN"),
                StatePair.of("EG", "VN")), facts.facts(Contract.PAIRS));
    }

    @Test
    void theLeadersListedAsMembersOfABodyAttendItsMeetingAndMakeNoPair() {
        ArticleFacts facts = TestArticles.facts("2023-11", "Le sommet de l'ASEAN s'ouvre à Jakarta",
                "Le Premier ministre vietnamien a salué les dirigeants des pays membres de l'ASEAN, dont le "
                        + "président indonésien Joko Widodo, le Premier ministre thaïlandais Srettha Thavisin et le "
                        + "président philippin Ferdinand Marcos.",
                "Les dirigeants ont discuté de la croissance régionale.");
        assertEquals(List.of(), facts.facts(Contract.PAIRS));
        ArticleFacts roundUp = TestArticles.facts("2023-09", "Des dirigeants félicitent le Vietnam",
                "Le président indonésien Joko Widodo, le Premier ministre thaïlandais Srettha Thavisin et le "
                        + "président philippin Ferdinand Marcos ont adressé des messages de félicitations.");
        assertEquals(List.of(StatePair.of("ID", "VN"), StatePair.of("TH", "VN"), StatePair.of("PH", "VN")),
                roundUp.facts(Contract.PAIRS));
    }

    @Test
    void theCountryOfThePressThatReportsIsNoPartner() {
        ArticleFacts facts = TestArticles.facts("2024-06", "La visite du président laotien vue par les médias "
                + "thaïlandais", "Le président laotien a été reçu à Hanoï par son homologue vietnamien.");
        assertEquals(List.of(StatePair.of("LA", "VN")), facts.facts(Contract.PAIRS));
    }

    @Test
    void aStateDiscussedInOneLaterParagraphIsNotThePartnerOfTheLead() {
        ArticleFacts facts = TestArticles.facts("2024-03", "Le chef de la diplomatie au téléphone",
                "Le ministre vietnamien des Affaires étrangères a parlé au téléphone avec son homologue kényan.",
                "Les deux ministres ont convenu de célébrer le 60e anniversaire de l'établissement des relations "
                        + "diplomatiques entre leurs pays.",
                "Au sujet de la guerre au Soudan, le ministre a appelé à la retenue au Soudan et à l'aide aux civils "
                        + "du Soudan.");
        assertEquals(List.of(StatePair.of("KE", "VN")), facts.facts(Contract.PAIRS));
        assertEquals(List.of(new Establishment(StatePair.of("KE", "VN"), 1964)),
                facts.facts(Contract.RELATIONS_ESTABLISHED));
    }

    @Test
    void theStateWhereAnAmbassadorResidesIsNotThePartnerHePresentsHisCredentialsTo() {
        ArticleFacts facts = TestArticles.facts("2023-05",
                "L'ambassadeur du Vietnam au Kenya et en Ouganda présente ses lettres de créance",
                "L'ambassadeur du Vietnam au Kenya et en Ouganda a présenté ses lettres de créance au président "
                        + "ougandais.", "Le président de l'Ouganda a souhaité renforcer le commerce.");
        assertEquals(List.of(StatePair.of("UG", "VN")), facts.facts(Contract.PAIRS));
    }

    @Test
    void aListOfMostlyPartnersNamesPartnersOnly() {
        ArticleFacts facts = TestArticles.facts("2023-05", "Messages de félicitations au nouveau président",
                "Les dirigeants de la Suède, de la Norvège et de la Finlande ont adressé des messages au président "
                        + "vietnamien.", "Le roi de Suède et le roi de Norvège ont salué son élection.");
        assertEquals(List.of(StatePair.of("SE", "VN"), StatePair.of("NO", "VN"), StatePair.of("FI", "VN")),
                facts.facts(Contract.PAIRS));
    }

    @Test
    void aLeadListingThreeStatesOrMoreIsARoundUpAboutEachOfThem() {
        ArticleFacts facts = TestArticles.facts("2024-09", "Des lettres pour la Fête nationale",
                "Les dirigeants du Maroc, du Sénégal, de la Tunisie et du Ghana ont adressé des lettres aux "
                        + "dirigeants vietnamiens.",
                "Le roi du Maroc a rappelé la visite de son ministre à Hanoï, et le Maroc veut doubler le commerce.");
        assertEquals(List.of(StatePair.of("MA", "VN"), StatePair.of("SN", "VN"), StatePair.of("TN", "VN"),
                StatePair.of("GH", "VN")), facts.facts(Contract.PAIRS));
    }

    @Test
    void twoStatesInALeadAreNoRoundUp() {
        ArticleFacts facts = TestArticles.facts("2024-09", "Des lettres pour la Fête nationale",
                "Les dirigeants du Maroc et du Sénégal ont adressé des lettres aux dirigeants vietnamiens.",
                "Le Maroc veut doubler le commerce, et le Maroc ouvrira une ligne aérienne.");
        assertEquals(List.of(StatePair.of("MA", "VN")), facts.facts(Contract.PAIRS));
    }

    @Test
    void aStatesShortNameInBracketsKeepsTheLeadsListWhole() {
        ArticleFacts facts = TestArticles.facts("2023-10", "Le Premier ministre rencontre les dirigeants du Golfe",
                "Le Premier ministre vietnamien a rencontré les dirigeants du Koweït, des Émirats arabes unis (EAU) "
                        + "et de Bahreïn à Riyad.");
        assertEquals(List.of(StatePair.of("KW", "VN"), StatePair.of("AE", "VN"), StatePair.of("BH", "VN")),
                facts.facts(Contract.PAIRS));
    }

    @Test
    void aTitledTourIsAboutTheStatesListedWithItsOwnAndTheOfficesItsLeadNames() {
        ArticleFacts tour = TestArticles.facts("2019-05", "Le président achève sa tournée au Chili et en Argentine",
                "Le président vietnamien est rentré à Hanoï au terme de sa tournée au Chili, en Argentine et en "
                        + "Uruguay.",
                "Au Chili, il a rencontré des chefs d'entreprise.");
        assertEquals(List.of(StatePair.of("CL", "VN"), StatePair.of("AR", "VN"), StatePair.of("UY", "VN")),
                tour.facts(Contract.PAIRS));
        ArticleFacts meetings = TestArticles.facts("2019-05", "Le Premier ministre multiplie ses rencontres en Inde",
                "Le Premier ministre vietnamien a rencontré le président sri-lankais et le roi du Bhoutan à "
                        + "New Delhi.");
        assertEquals(List.of(StatePair.of("IN", "VN"), StatePair.of("LK", "VN"), StatePair.of("BT", "VN")),
                meetings.facts(Contract.PAIRS));
        ArticleFacts foreign = TestArticles.facts("2019-05", "Le président indien rencontre le roi du Bhoutan",
                "Le président indien a rencontré le roi du Bhoutan et le président sri-lankais à New Delhi.");
        assertEquals(List.of(StatePair.of("IN", "VN"), StatePair.of("BT", "VN")), foreign.facts(Contract.PAIRS));
    }

    @Test
    void theCountryOfASummitsCityIsNoPartnerWhenTheLeaderMeetsAnother() {
        ArticleFacts facts = TestArticles.facts("2023-09", "Le 9 septembre, en marge du sommet du G20 à New Delhi, "
                + "en Inde, le président vietnamien a rencontré le chancelier autrichien.",
                "Les deux dirigeants ont évoqué le commerce entre les deux pays.");
        assertEquals(List.of(StatePair.of("AT", "VN")), facts.facts(Contract.PAIRS));
        ArticleFacts visit = TestArticles.facts("2023-09", "Le président vietnamien est arrivé à Vientiane, au Laos, "
                + "pour une visite d'État.", "Il y restera trois jours.");
        assertEquals(List.of(StatePair.of("LA", "VN")), visit.facts(Contract.PAIRS));
    }
}
