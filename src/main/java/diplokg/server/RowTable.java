package diplokg.server;

import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Writes rows of a saved query as an HTML table: IRIs of the graph as links to their pages under their short names,
 * literals as text (language kept). Long answers page: the first {@value #FIRST_ROWS} rows show, the others sit in a
 * collapsed block that a person opens ("N more"), so a page with 400 events stays readable without a script.
 */
final class RowTable {

    /** Rows shown before the rest is folded away. */
    static final int FIRST_ROWS = 15;

    private final ResourcePaths paths;

    RowTable(ResourcePaths paths) {
        this.paths = paths;
    }

    /** The table of {@code rows} over {@code columns}, with a caption. */
    void write(Html html, String caption, List<String> columns, List<QuerySolution> rows) {
        table(html, caption, columns, rows.subList(0, Math.min(FIRST_ROWS, rows.size())));
        if (rows.size() > FIRST_ROWS) {
            html.open("details").element("summary", (rows.size() - FIRST_ROWS) + " more");
            table(html, caption + " (continued)", columns, rows.subList(FIRST_ROWS, rows.size()));
            html.close("details");
        }
    }

    private void table(Html html, String caption, List<String> columns, List<QuerySolution> rows) {
        html.open("div", "class", "table-wrap").open("table").element("caption", caption, "class", "muted")
                .open("thead").open("tr");
        columns.forEach(column -> html.element("th", column, "scope", "col"));
        html.close("tr").close("thead").open("tbody");
        for (QuerySolution row : rows) {
            html.open("tr");
            for (String column : columns) {
                html.open("td");
                cell(html, row.get(column));
                html.close("td");
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    /** One value: a link for an IRI, text for a literal, nothing when unbound. */
    void cell(Html html, RDFNode value) {
        if (value == null) {
            return;
        }
        if (value.isURIResource()) {
            html.link(paths.hrefOf(value.asResource().getURI()), paths.shortName(value.asResource().getURI()));
        } else if (value.isLiteral()) {
            Literal literal = value.asLiteral();
            if (literal.getLanguage().isEmpty()) {
                html.text(literal.getLexicalForm());
            } else {
                html.element("span", literal.getLexicalForm(), "lang", literal.getLanguage());
            }
        }
    }
}
