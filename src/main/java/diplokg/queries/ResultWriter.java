package diplokg.queries;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
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
        switch (format) {
            case TABLE -> new TableFormatter(prefixes, tableWidth).write(rows.rows(), writer(out));
            case CSV -> ResultSetMgr.write(out, rows.rows(), ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rows.rows(), ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rows.rows(), ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, rows.rows(), ResultSetLang.RS_XML);
            default -> throw new QueryParameterException("rows cannot be written as " + format.name().toLowerCase()
                    + "; use table, csv, tsv, json or xml");
        }
    }

    private void writeAnswer(QueryResult.Answer answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer.value());
            case XML -> ResultSetFormatter.outputAsXML(out, answer.value());
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer.value());
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer.value());
            default -> {
                PrintWriter writer = writer(out);
                writer.println(answer.value());
                writer.flush();
            }
        }
    }

    private void writeTriples(QueryResult.Triples triples, ResultFormat format, OutputStream out) {
        triples.model().setNsPrefixes(prefixes);
        if (format == ResultFormat.TABLE) {
            RDFDataMgr.write(out, triples.model(), org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
            return;
        }
        if (format.graphLang() == null) {
            throw new QueryParameterException("a graph cannot be written as " + format.name().toLowerCase()
                    + "; use ttl, jsonld or nt");
        }
        RDFDataMgr.write(out, triples.model(), format.graphLang());
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }
}
