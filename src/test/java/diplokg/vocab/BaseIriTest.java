package diplokg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class BaseIriTest {

    @Test
    void aSafeArticleIdKeepsTheIriItAlwaysHad() {
        assertEquals("https://w3id.org/diplokg/graph/article/004_4704a9f00f61984a",
                BaseIri.DEFAULT.articleGraph("004_4704a9f00f61984a"));
        assertEquals("été-2024", BaseIri.segment("e\u0301te\u0301-2024"));
    }

    @Test
    void fileNamesWithSpacesQuotesAndControlCharactersMakeValidDistinctIris() {
        List<String> names = List.of("a b", "a_b", "l'\"article\"", "x<y>{z}|^`", "why?#not", "tab\there", "a\u0001b");
        for (String name : names) {
            String iri = BaseIri.DEFAULT.articleGraph(name);
            IRIx.create(iri);
            assertTrue(iri.substring(BaseIri.DEFAULT.graph("").length()).matches("article/[\\p{L}\\p{N}._~-]+"), iri);
        }
        assertEquals(names.size(), names.stream().map(BaseIri::segment).distinct().count());
        assertNotEquals(BaseIri.segment("a b"), BaseIri.segment("a_b"));
        assertThrows(IRIException.class, () -> IRIx.create(BaseIri.DEFAULT.graph("article/") + "a b"));
    }
}
