package diplokg.cli;

import diplokg.queries.ResultFormat;
import picocli.CommandLine.Option;

/** Options shared by the verbs that run queries. */
final class QueryOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, tsv, json, xml (rows); ttl, jsonld, nt (graphs). Default: ${DEFAULT-VALUE}.",
            converter = FormatConverter.class, defaultValue = "table")
    ResultFormat format = ResultFormat.TABLE;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run against this SPARQL endpoint (e.g. http://localhost:3030/kg/sparql) instead of the "
                    + "local store.")
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).",
            defaultValue = "60")
    int timeoutSeconds = 60;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Table width (default: the terminal's COLUMNS, else 120).")
    Integer width;

    int tableWidth() {
        if (width != null) {
            return width;
        }
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? 120 : Integer.parseInt(columns.trim());
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    /** Accepts format names in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            try {
                return ResultFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
                        + "'; use table, csv, tsv, json, xml, ttl, jsonld or nt");
            }
        }
    }
}
