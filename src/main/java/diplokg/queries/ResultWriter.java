package diplokg.queries;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.shared.PrefixMapping;

/** Writes a {@link QueryResult} in a {@link ResultFormat}. */
public final class ResultWriter {

    private final PrefixMapping prefixes;
    private final int tableWidth;

    public ResultWriter(PrefixMapping prefixes, int tableWidth) {
        this.prefixes = prefixes;
        this.tableWidth = tableWidth;
    }

    /**
     * Writes {@code result} to {@code out}. Rows in a graph format, or a graph in a row format other than the table,
     * are refused with a message saying which formats fit.
     */
    public void write(QueryResult result, ResultFormat format, OutputStream out) {
        if (result instanceof QueryResult.Rows rows) {
            writeRows(rows, format, out);
        } else if (result instanceof QueryResult.Answer answer) {
            writeAnswer(answer, format, out);
        } else if (result instanceof QueryResult.Triples triples) {
            writeTriples(triples, format, out);
        }
    }

    private void writeRows(QueryResult.Rows rows, ResultFormat format, OutputStream out) {
        rows.rows().reset();
        if (format == ResultFormat.TABLE) {
            new TableFormatter(prefixes, tableWidth).write(rows.rows(), writer(out));
        } else if (format.isGraph()) {
            throw new QueryParameterException("rows cannot be written as " + format.name().toLowerCase()
                    + "; use table, csv, tsv, json or xml");
        } else {
            ResultSetMgr.write(out, rows.rows(), format.lang());
        }
    }

    private void writeAnswer(QueryResult.Answer answer, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE || format.isGraph()) {
            PrintWriter writer = writer(out);
            writer.println(answer.value());
            writer.flush();
        } else {
            ResultSetMgr.write(out, answer.value(), format.lang());
        }
    }

    private void writeTriples(QueryResult.Triples triples, ResultFormat format, OutputStream out) {
        triples.model().setNsPrefixes(prefixes);
        if (format == ResultFormat.TABLE) {
            RDFDataMgr.write(out, triples.model(), org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
            return;
        }
        if (!format.isGraph()) {
            throw new QueryParameterException("a graph cannot be written as " + format.name().toLowerCase()
                    + "; use ttl, jsonld or nt");
        }
        RDFDataMgr.write(out, triples.model(), format.lang());
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }
}
