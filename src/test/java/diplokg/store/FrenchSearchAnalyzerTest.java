package diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;

class FrenchSearchAnalyzerTest {

    private final Analyzer analyzer = new FrenchSearchAnalyzer();

    @Test
    void accentsDoNotMatterEitherWay() {
        assertTrue(finds("coopération", "Les deux pays renforcent leur cooperation."));
        assertTrue(finds("cooperation", "Les deux pays renforcent leur coopération."));
        assertTrue(finds("Hanoi", "Le sommet s'est tenu à Hanoï mardi."));
        assertTrue(finds("Luong Cuong", "Le président Lương Cường a reçu l'ambassadeur."));
    }

    @Test
    void elidedArticlesAreSplitOffWithEitherApostrophe() {
        assertTrue(finds("investissement", "Ils ont parlé de l'investissement japonais."));
        assertTrue(finds("investissement", "Ils ont parlé de l’investissement japonais."));
        assertTrue(finds("Indonésie", "L'ambassadeur d'Indonésie était présent."));
        assertEquals(terms("ambassadeur Indonésie"), terms("L'ambassadeur d'Indonésie"));
        assertEquals(2, terms("L'ambassadeur d'Indonésie").size());
    }

    @Test
    void singularAndPluralMatch() {
        assertTrue(finds("accords", "Les deux parties ont signé un accord commercial."));
        assertTrue(finds("accord", "Les deux parties ont signé plusieurs accords commerciaux."));
        assertTrue(finds("commercial", "Les deux parties ont signé plusieurs accords commerciaux."));
        assertTrue(finds("relation", "Les relations diplomatiques datent de 1950."));
    }

    @Test
    void frenchStopWordsAreLeftOut() {
        assertEquals(terms("visite Premier ministre"), terms("la visite du Premier ministre"));
        assertEquals(3, terms("la visite du Premier ministre").size());
        assertFalse(finds("les", "Les relations diplomatiques datent de 1950."));
    }

    @Test
    void otherWordsDoNotMatch() {
        assertFalse(finds("investissement", "Les deux parties ont signé un accord commercial."));
        assertFalse(finds("sécurité", "La coopération économique progresse."));
    }

    /** Whether a Lucene search for {@code query} finds a document holding {@code text}, both read by the analyzer. */
    private boolean finds(String query, String text) {
        MemoryIndex index = new MemoryIndex();
        index.addField("text", text, analyzer);
        try {
            return index.search(new QueryParser("text", analyzer).parse(query)) > 0;
        } catch (ParseException e) {
            throw new IllegalArgumentException(query, e);
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
