package diplokg.cli;

import picocli.CommandLine.Option;

/** Options shared by the verbs that run queries. */
final class QueryOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}: the first five for rows, the last three for graphs "
                    + "(default: ${DEFAULT-VALUE}).")
    OutputFormat format;

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
}
