package diplokg.queries;

import diplokg.vocab.Namespaces;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes rows as a plain-text table that fits a terminal: IRIs shortened with the known prefixes, literals without
 * their datatype, and columns narrowed (values cut with an ellipsis) until the table fits the width, the widest
 * first. Columns of text are narrowed to twelve characters before any column of IRIs is, because a cut sentence can
 * still be read and a cut IRI cannot be followed; then every column may go down to six characters, so a table of many
 * columns can stay wider than asked.
 */
public final class TableFormatter {

    private static final int MIN_COLUMN = 6;
    private static final int TEXT_FIRST_FLOOR = 12;

    private final PrefixMapping prefixes;
    private final int width;

    public TableFormatter(PrefixMapping prefixes, int width) {
        this.prefixes = prefixes;
        this.width = Math.max(width, 20);
    }

    /** Writes {@code rows}, then a line with their count. */
    public void write(ResultSetRewindable rows, PrintWriter out) {
        rows.reset();
        List<String> columns = rows.getResultVars();
        List<String[]> cells = new ArrayList<>();
        boolean[] text = new boolean[columns.size()];
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String[] line = new String[columns.size()];
            for (int c = 0; c < line.length; c++) {
                RDFNode node = row.get(columns.get(c));
                line[c] = render(node);
                text[c] |= node != null && node.isLiteral();
            }
            cells.add(line);
        }
        rows.reset();
        int[] widths = fit(columns, cells, text);
        out.println(line(columns.toArray(String[]::new), widths));
        out.println(rule(widths));
        cells.forEach(line -> out.println(line(line, widths)));
        out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
        out.flush();
    }

    /** A term as shown in a table: prefixed IRI, plain lexical form, or {@code _:b} for a blank node. */
    public String render(RDFNode node) {
        if (node == null) {
            return "";
        }
        Node n = node.asNode();
        if (n.isURI()) {
            return Namespaces.shortForm(prefixes, n.getURI()).orElse(n.getURI());
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().replaceAll("\\s+", " ");
        }
        return "_:" + n.getBlankNodeLabel();
    }

    private int[] fit(List<String> columns, List<String[]> cells, boolean[] text) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (String[] line : cells) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        int separators = 3 * Math.max(0, widths.length - 1);
        while (sum(widths) + separators > width) {
            int widest = widest(widths, text, TEXT_FIRST_FLOOR);
            if (widest < 0) {
                widest = widest(widths, null, MIN_COLUMN);
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
        }
        return widths;
    }

    /** The widest column wider than {@code floor}, among the text columns (or all when {@code text} is null); or -1. */
    private static int widest(int[] widths, boolean[] text, int floor) {
        int widest = -1;
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] > floor && (text == null || text[c]) && (widest < 0 || widths[c] > widths[widest])) {
                widest = c;
            }
        }
        return widest;
    }

    private static String line(String[] values, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                text.append(" | ");
            }
            String value = values[c].length() > widths[c] ? values[c].substring(0, widths[c] - 1) + "…" : values[c];
            text.append(value);
            if (c < values.length - 1) {
                text.append(" ".repeat(widths[c] - value.length()));
            }
        }
        return text.toString();
    }

    private static String rule(int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            text.append(c > 0 ? "-+-" : "").append("-".repeat(widths[c]));
        }
        return text.toString();
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
