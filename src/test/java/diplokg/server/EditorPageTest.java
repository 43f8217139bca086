package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.queries.SavedQueryCatalog;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Namespaces;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The editor's queries declare the prefixes they use, and only those; the examples still parse. */
class EditorPageTest {

    private static final String STATE = "PREFIX state: &lt;https://w3id.org/diplokg/id/state/&gt;";

    private final EditorPage editor = new EditorPage(SavedQueryCatalog.load(ProjectFiles.QUERIES),
            Namespaces.of(BaseIri.DEFAULT));

    @Test
    void anExampleBoundToItsDefaultsDeclaresThePrefixesOfItsText() {
        String page = editor.render(Optional.of("partner-network"), Optional.empty());
        String query = textarea(page);
        // Its default partner is Vietnam, written state:VN once bound.
        assertTrue(query.contains("state:VN"), query);
        assertTrue(query.contains(STATE), query);
        assertTrue(query.contains("PREFIX dkg: ") && query.contains("PREFIX skos: "), query);
        assertFalse(query.contains("PREFIX atype:") || query.contains("PREFIX foaf:") || query.contains("PREFIX id:"),
                query);
    }

    @Test
    void everyExampleStillParsesWithItsOwnPrefixes() {
        for (var saved : SavedQueryCatalog.load(ProjectFiles.QUERIES).all()) {
            String page = editor.render(Optional.of(saved.name()), Optional.empty());
            String text = unescape(textarea(page));
            QueryFactory.create(text.replace("?_", "?"));
        }
    }

    @Test
    void aNewQueryStartsWithAShortListOfPrefixes() {
        String page = editor.render(Optional.empty(), Optional.empty());
        String prologue = page.substring(page.indexOf("data-prologue=\"") + 15, page.indexOf("\">", page.indexOf(
                "data-prologue=\"")));
        assertEquals(List.of("dkg", "rdf", "rdfs", "skos", "state", "xsd"),
                prologue.lines().filter(l -> !l.isBlank()).map(l -> l.split("[ :]")[1]).toList(), prologue);
    }

    private static String textarea(String page) {
        int open = page.indexOf('>', page.indexOf("<textarea id=\"query\"")) + 1;
        return page.substring(open, page.indexOf("</textarea>", open));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
