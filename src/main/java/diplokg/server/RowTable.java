package diplokg.server;

import diplokg.knowledge.DateText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Writes rows of a saved query as an HTML table: IRIs of the graph as links to their pages under their names
 * ({@link ResourceNames}), literals as text (language kept), columns captioned in words ({@link ColumnCaption}) with
 * the variable as the header's title. Long answers page: the first {@value #FIRST_ROWS} rows show, the others sit in
 * a collapsed block that a person opens ("N more"), so a page with 400 events stays readable without a script.
 */
final class RowTable {

    /** Rows shown before the rest is folded away. */
    static final int FIRST_ROWS = 15;

    private final ResourcePaths paths;
    private final ResourceNames names;

    RowTable(ResourcePaths paths) {
        this.paths = paths;
        this.names = new ResourceNames(paths);
    }

    /** The IRIs the cells of {@code rows} hold: what {@link NameLookup} is asked to name. */
    static Set<String> iris(List<QuerySolution> rows) {
        Set<String> iris = new HashSet<>();
        rows.forEach(row -> row.varNames().forEachRemaining(column -> {
            RDFNode value = row.get(column);
            if (value != null && value.isURIResource()) {
                iris.add(value.asResource().getURI());
            }
        }));
        return iris;
    }

    /** The table of {@code rows} over {@code columns}, with a caption; resources named after {@code named}. */
    void write(Html html, String caption, List<String> columns, List<QuerySolution> rows, Model named) {
        table(html, caption, columns, rows.subList(0, Math.min(FIRST_ROWS, rows.size())), named);
        if (rows.size() > FIRST_ROWS) {
            html.open("details").element("summary", (rows.size() - FIRST_ROWS) + " more");
            table(html, caption + " (continued)", columns, rows.subList(FIRST_ROWS, rows.size()), named);
            html.close("details");
        }
    }

    private void table(Html html, String caption, List<String> columns, List<QuerySolution> rows, Model named) {
        html.open("div", "class", "table-wrap").open("table").element("caption", caption, "class", "muted")
                .open("thead").open("tr");
        ColumnCaption.of(columns)
                .forEach((column, words) -> html.element("th", words, "scope", "col", "title", column));
        html.close("tr").close("thead").open("tbody");
        for (QuerySolution row : rows) {
            html.open("tr");
            for (String column : columns) {
                html.open("td");
                cell(html, row.get(column), named);
                html.close("td");
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    /** One value: a link named after {@code named} for an IRI, text for a literal, nothing when unbound. */
    private void cell(Html html, RDFNode value, Model named) {
        if (value == null) {
            return;
        }
        if (value.isURIResource()) {
            html.link(paths.hrefOf(value.asResource().getURI()), names.name(named, value.asResource()));
        } else if (value.isLiteral()) {
            Literal literal = value.asLiteral();
            if (DateText.isDate(literal.getLexicalForm())) {
                html.element("span", DateText.readable(literal.getLexicalForm()), "class", "date");
            } else if (literal.getLanguage().isEmpty()) {
                html.text(DateText.readable(literal.getLexicalForm()));
            } else {
                html.element("span", literal.getLexicalForm(), "lang", literal.getLanguage());
            }
        }
    }
}
