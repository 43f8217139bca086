package diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.article.Article;
import diplokg.article.TextBlock;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FrenchNlpTest {

    private static FrenchNlp nlp;

    @BeforeAll
    static void loadModels() {
        nlp = FrenchNlp.load();
    }

    private static Article article(String title, String body) {
        String text = title + "\n\n" + body;
        int start = title.length() + 2;
        return new Article("t", Optional.empty(), new TextBlock(title, 0, title.length()), Optional.empty(),
                List.of(new TextBlock(body, start, text.length())), text, Path.of("t.txt"));
    }

    @Test
    void splitsSentencesAndKeepsOffsetsIntoTheOriginalText() {
        Article article = article("La Chine et le Vietnam", "Le président est arrivé à Hanoï. Il a rencontré "
                + "son homologue. Les deux parties ont signé trois accords.");
        List<Sentence> sentences = nlp.annotate(article);
        assertEquals(4, sentences.size());
        for (Sentence sentence : sentences) {
            assertEquals(sentence.text(), article.text().substring(sentence.start(), sentence.end()));
            for (Token token : sentence.tokens()) {
                assertEquals(token.text(), article.text().substring(token.start(), token.end()));
            }
        }
        assertEquals(List.of(0, 1, 2, 3), sentences.stream().map(Sentence::index).toList());
    }

    @Test
    void cutsARunOfTextWithoutFullStopsIntoBoundedSentencesAtCommasKeepingOffsets() {
        String clause = "le ministre a rencontré son homologue et les deux parties ont parlé du commerce, ";
        String body = clause.repeat(10_000 / clause.length() + 1).strip();
        Article article = article("Titre", body);
        List<Sentence> sentences = nlp.annotate(article);
        assertTrue(sentences.size() >= 1 + body.length() / FrenchNlp.LONGEST_SENTENCE, "" + sentences.size());
        StringBuilder joined = new StringBuilder();
        for (Sentence sentence : sentences.subList(1, sentences.size())) {
            assertTrue(sentence.text().length() <= FrenchNlp.LONGEST_SENTENCE, "" + sentence.text().length());
            assertEquals(sentence.text(), article.text().substring(sentence.start(), sentence.end()));
            joined.append(sentence.text()).append(' ');
        }
        assertEquals(body.replace(" ", ""), joined.toString().replace(" ", ""));
        sentences.subList(1, sentences.size() - 1).forEach(s -> assertTrue(s.text().endsWith(","), s.text()));
    }

    @Test
    void doesNotEndASentenceAfterAnInitial() {
        Article article = article("Titre", "Le représentant commercial russe, V.N. Kharino, a parlé. "
                + "L'ambassadeur Gennady S. Bezdetko a répondu.");
        List<String> sentences = nlp.annotate(article).stream().map(Sentence::text).toList();
        assertEquals(List.of("Titre", "Le représentant commercial russe, V.N. Kharino, a parlé.",
                "L'ambassadeur Gennady S. Bezdetko a répondu."), sentences);
    }

    @Test
    void endsASentenceAtAFullStopGluedToTheNextOne() {
        Article article = article("Titre", "Les échanges visent 2 milliards en 2030.La Corée a investi. "
                + "Il parle du Covid-19.Les deux pays, V.N. Kharino et le site Dantri.vn ont répondu.");
        List<String> sentences = nlp.annotate(article).stream().map(Sentence::text).toList();
        assertEquals(List.of("Titre", "Les échanges visent 2 milliards en 2030.", "La Corée a investi.",
                "Il parle du Covid-19.", "Les deux pays, V.N. Kharino et le site Dantri.vn ont répondu."),
                sentences);
    }

    @Test
    void keepsATitleOrAWebAddressWithAGluedStopInItsSentence() {
        Article article = article("Titre", "Le site www.VietnamPlus.vn cite le Prof.Tran Van Anh et Mme.Lan Pham, "
                + "qui ont parlé.");
        List<String> sentences = nlp.annotate(article).stream().map(Sentence::text).toList();
        assertEquals(List.of("Titre", "Le site www.VietnamPlus.vn cite le Prof.Tran Van Anh et Mme.Lan Pham, qui ont "
                + "parlé."), sentences);
    }

    @Test
    void tagsProperNouns() {
        Sentence sentence = nlp.sentence("Le Premier ministre Pham Minh Chinh a reçu l'ambassadeur.");
        List<String> proper = sentence.tokens().stream().filter(t -> t.tag().equals("PROPN")).map(Token::text).toList();
        assertEquals(List.of("Pham", "Minh", "Chinh"), proper);
    }
}
