package diplokg.cli;

import diplokg.queries.ResultFormat;
import java.util.Locale;

/**
 * The values of {@code --format} for {@code query} and {@code sparql}: picocli converts them (in any case) and lists
 * them in the help. The one place where the command line's names meet the query stage's {@link ResultFormat}.
 */
enum OutputFormat {
    TABLE, CSV, TSV, JSON, XML, TTL, JSONLD, NT;

    /** The query stage's format of the same name. */
    ResultFormat resultFormat() {
        return ResultFormat.of(name());
    }

    /** The name as typed and as the help lists it: {@code csv}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
