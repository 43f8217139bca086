package diplokg.server;

import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.queries.UnknownQueryException;
import diplokg.vocab.Dkg;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the knowledge graph says about a partner or a person, first on their pages: its row of the partner network, the
 * level timeline, events (with counts by year and type), sectors, officials and latest articles for a state; offices
 * over time and events for a person; for a happening, the articles that report it, each with its date, place and
 * sentence. Every part is a saved query of {@code queries/} ({@link KnowledgeSection}), run through the {@link
 * QueryRunner}, so that a rewrite of the queries changes the pages with it; a query the catalog no longer holds leaves
 * its part out, with a warning in the log.
 */
final class KnowledgeSections {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeSections.class);

    /** Rows read per part: enough for any page a person reads; the saved query's page on the API has them all. */
    static final int MAX_ROWS = 500;

    private static final String EVENTS = "events-of";

    // Hidden: the columns that repeat the page's subject, and those a shown column already names (a role's IRI is
    // shown by its label, chosen as everywhere on the pages, so the query's English-only roleLabel is left out).
    private static final Map<Resource, List<KnowledgeSection>> BY_TYPE = Map.of(
            Dkg.State, List.of(
                    KnowledgeSection.filtered("In the partner network", "partner-network", "partner", "partner",
                            "code", "name", "rank", "levelLabel"),
                    KnowledgeSection.filtered("Level timeline", "partnership-timeline", "partner", "partner", "name"),
                    KnowledgeSection.bound("Events", EVENTS, "resource"),
                    KnowledgeSection.filtered("Sectors of cooperation", "sectors-by-partner", "partner", "partner",
                            "name"),
                    KnowledgeSection.bound("Officials", "officials", "state", "name", "roleLabel"),
                    KnowledgeSection.bound("Latest articles", "articles-mentioning", "state", "title")),
            Dkg.Person, List.of(
                    KnowledgeSection.bound("Offices over time", "positions-of", "person", "roleLabel", "code"),
                    KnowledgeSection.bound("Events", EVENTS, "resource")),
            // A happening's own triples hold no sentence (its evidence is on the mentions, one per article), so
            // without this its page would show no text that states it.
            Dkg.Happening, List.of(
                    KnowledgeSection.bound("Reports", "event-reports", "event", "label", "articles", "title")));

    private final SavedQueryCatalog catalog;
    private final QueryRunner runner;
    private final RowTable table;
    private final NameLookup lookup;
    private final ResourceNames names;

    KnowledgeSections(SavedQueryCatalog catalog, QueryRunner runner, ResourcePaths paths, NameLookup lookup) {
        this.catalog = catalog;
        this.runner = runner;
        this.table = new RowTable(paths);
        this.lookup = lookup;
        this.names = new ResourceNames(paths);
    }

    /** Writes the parts for a resource of {@code types}; nothing for types without parts. */
    void write(Html html, String iri, List<Resource> types) {
        for (Resource type : types) {
            for (KnowledgeSection section : BY_TYPE.getOrDefault(type, List.of())) {
                write(html, iri, section);
            }
        }
    }

    private void write(Html html, String iri, KnowledgeSection section) {
        SavedQuery saved;
        try {
            saved = catalog.get(section.query());
        } catch (UnknownQueryException e) {
            LOG.warn("Page part '{}' left out: {}", section.title(), e.getMessage());
            return;
        }
        Map<String, String> values = section.parameter() == null ? Map.of() : Map.of(section.parameter(), iri);
        Query query = QueryRunner.page(QueryRunner.bind(saved, values), MAX_ROWS, 1);
        ResultSetRewindable result = ((QueryResult.Rows) runner.run(query)).rows();
        List<String> columns = new ArrayList<>(result.getResultVars());
        List<QuerySolution> rows = new ArrayList<>();
        result.forEachRemaining(row -> {
            RDFNode subject = section.column() == null ? null : row.get(section.column());
            if (section.column() == null || subject != null && subject.isURIResource()
                    && subject.asResource().getURI().equals(iri)) {
                rows.add(row);
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        columns.removeAll(section.hidden());
        Model named = lookup.of(RowTable.iris(rows));
        html.open("section", "class", "knowledge").element("h2", section.title());
        if (section.query().equals(EVENTS)) {
            counts(html, rows, named);
        }
        table.write(html, section.title() + " (saved query " + saved.name() + ")", columns, rows, named);
        html.open("p", "class", "muted").link(QueryPageServlet.PATH + "/" + saved.name() + query(section, iri),
                "All of it as a saved query").close("p");
        html.close("section");
    }

    /** Events by year and by type (named as in the table), in one line each. */
    private void counts(Html html, List<QuerySolution> rows, Model named) {
        Map<String, Long> byYear = new TreeMap<>(NaturalOrder.INSTANCE.reversed());
        Map<String, Long> byType = new TreeMap<>();
        for (QuerySolution row : rows) {
            String date = row.contains("date") ? row.get("date").toString() : "";
            byYear.merge(date.matches("\\d{4}.*") ? date.substring(0, 4) : "undated", 1L, Long::sum);
            RDFNode type = row.get("type");
            if (type != null) {
                byType.merge(type.isResource() ? names.name(named, type.asResource()) : type.toString(), 1L,
                        Long::sum);
            }
        }
        html.open("p").text("By year: " + joined(byYear)).open("br").text("By type: " + joined(byType)).close("p");
    }

    private static String joined(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String query(KnowledgeSection section, String iri) {
        return section.parameter() == null ? ""
                : "?" + section.parameter() + "=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
