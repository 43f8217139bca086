package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.fact.Contract;
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
}
