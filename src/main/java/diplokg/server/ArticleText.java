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
        // By sentence IRI, in the order the rows come: the query sorts them by sentence index.
        Map<String, String> sentences = new LinkedHashMap<>();
        Map<String, List<RDFNode>> facts = new LinkedHashMap<>();
        rows.forEachRemaining(row -> add(sentences, facts, row));
        if (sentences.isEmpty()) {
            return;
        }
        html.open("section", "class", "article-text").element("h2", "Text");
        html.element("p", "Sentences that state a fact are marked; the links after them open the facts.", "class",
                "muted");
        for (Map.Entry<String, String> sentence : sentences.entrySet()) {
            List<RDFNode> stated = facts.get(sentence.getKey());
            html.open("p", "id", "s-" + paths.shortName(sentence.getKey()).replaceAll(".*/", ""));
            if (stated.isEmpty()) {
                html.text(sentence.getValue());
            } else {
                html.element("mark", sentence.getValue());
                for (RDFNode fact : stated) {
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

    /** Adds one row: a sentence seen for the first time, and the fact of the row when it has one. */
    private static void add(Map<String, String> sentences, Map<String, List<RDFNode>> facts, QuerySolution row) {
        String sentence = row.getResource("sentence").getURI();
        sentences.putIfAbsent(sentence, row.getLiteral("text").getLexicalForm());
        List<RDFNode> stated = facts.computeIfAbsent(sentence, s -> new ArrayList<>());
        RDFNode fact = row.get("fact");
        if (fact != null && fact.isURIResource() && !stated.contains(fact)) {
            stated.add(fact);
        }
    }
}
