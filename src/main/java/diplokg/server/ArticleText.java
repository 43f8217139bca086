package diplokg.server;

import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.queries.UnknownQueryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An article's text on its page: its sentences in the order of the text (by index, as numbers), each sentence that
 * states a fact marked, with links to the facts it states, from the saved query {@value #QUERY}.
 */
final class ArticleText {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleText.class);
    static final String QUERY = "article-sentences";

    private final SavedQueryCatalog catalog;
    private final QueryRunner runner;
    private final ResourcePaths paths;

    ArticleText(SavedQueryCatalog catalog, QueryRunner runner, ResourcePaths paths) {
        this.catalog = catalog;
        this.runner = runner;
        this.paths = paths;
    }

    /** One sentence and the facts it states. */
    private record Sentence(String iri, String text, List<RDFNode> facts) {
    }

    /** Writes the text of the article {@code iri}; nothing when the store holds no sentence of it. */
    void write(Html html, String iri) {
        SavedQuery saved;
        try {
            saved = catalog.get(QUERY);
        } catch (UnknownQueryException e) {
            LOG.warn("Article text left out: {}", e.getMessage());
            return;
        }
        ResultSetRewindable rows = ((QueryResult.Rows) runner.run(saved, Map.of("article", iri))).rows();
        Map<String, Sentence> sentences = new LinkedHashMap<>();
        rows.forEachRemaining(row -> add(sentences, row));
        if (sentences.isEmpty()) {
            return;
        }
        html.open("section", "class", "article-text").element("h2", "Text");
        html.element("p", "Sentences that state a fact are marked; the links after them open the facts.", "class",
                "muted");
        for (Sentence sentence : sentences.values()) {
            html.open("p", "id", "s-" + paths.shortName(sentence.iri()).replaceAll(".*/", ""));
            if (sentence.facts().isEmpty()) {
                html.text(sentence.text());
            } else {
                html.element("mark", sentence.text());
                for (RDFNode fact : sentence.facts()) {
                    html.text(" ").open("sup").link(paths.hrefOf(fact.asResource().getURI()),
                            "[" + kind(fact) + "]")
                            .close("sup");
                }
            }
            html.close("p");
        }
        html.close("section");
    }

    /** What kind of fact, as its IRI says: the path segment before its key ({@code event}, {@code position}). */
    private String kind(RDFNode fact) {
        String name = paths.shortName(fact.asResource().getURI());
        return name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
    }

    /** Adds one row: the query orders rows by sentence index, so sentences arrive in the order of the text. */
    private static void add(Map<String, Sentence> sentences, QuerySolution row) {
        String sentence = row.getResource("sentence").getURI();
        Sentence entry = sentences.computeIfAbsent(sentence, s -> new Sentence(s,
                row.getLiteral("text").getLexicalForm(), new ArrayList<>()));
        if (row.contains("fact") && row.get("fact").isURIResource() && !entry.facts().contains(row.get("fact"))) {
            entry.facts().add(row.get("fact"));
        }
    }
}
