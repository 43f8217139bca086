package diplokg.validate;

import diplokg.vocab.Namespaces;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Writes a {@link Validation} for people: one block per finding (severity, focus node, path, value, message) with
 * IRIs shortened by prefixes, then one summary line. Stateless apart from its prefixes; thread-safe.
 */
public final class ValidationReportWriter {

    private final PrefixMapping prefixes;

    /** A writer that shortens IRIs with {@code prefixes}, the longest matching namespace winning. */
    public ValidationReportWriter(PrefixMapping prefixes) {
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
    }

    /**
     * Writes the first {@code limit} findings of {@code validation} ({@code limit} 0: all of them) and the summary
     * line to {@code out}.
     */
    public void write(Validation validation, int limit, PrintWriter out) {
        List<Finding> findings = validation.findings();
        int shown = limit <= 0 ? findings.size() : Math.min(limit, findings.size());
        for (Finding finding : findings.subList(0, shown)) {
            out.println(finding.severity() + " " + shorten(finding.focusNode()));
            finding.optionalGraph().ifPresent(graph -> out.println("  graph    " + shorten(graph)));
            finding.optionalPath().ifPresent(path -> out.println("  path     " + shorten(path)));
            finding.optionalValue().ifPresent(value -> out.println("  value    " + shorten(value)));
            out.println("  message  " + finding.message());
            out.println();
        }
        if (shown < findings.size()) {
            out.printf(Locale.ROOT, "... and %,d more findings (--limit 0 shows all)%n%n", findings.size() - shown);
        }
        out.println(summary(validation));
        out.flush();
    }

    /** The summary line: whether the store conforms, the counts per severity, what was checked. */
    public static String summary(Validation validation) {
        String verdict = validation.hasNoViolations() ? "Conforms" : "Does not conform";
        return String.format(Locale.ROOT, "%s: %s, %s, %s on %,d focus nodes (%d shapes, %,d graphs, %.1f s)", verdict,
                plural(validation.count(Severity.VIOLATION), "violation"),
                plural(validation.count(Severity.WARNING), "warning"),
                plural(validation.count(Severity.INFO), "info"),
                validation.focusNodes(), validation.shapes(), validation.graphs(),
                validation.elapsed().toMillis() / 1000.0);
    }

    /** An IRI as {@code prefix:rest} under the longest matching namespace; literals and blank nodes as in Turtle. */
    public String shorten(Node node) {
        if (node.isURI()) {
            return Namespaces.shortForm(prefixes, node.getURI()).orElse("<" + node.getURI() + ">");
        }
        return FmtUtils.stringForNode(node, prefixes);
    }

    private String shorten(Path path) {
        return path.toString(new Prologue(prefixes));
    }

    private static String plural(long count, String noun) {
        return String.format(Locale.ROOT, "%,d", count) + " " + noun + (count == 1 ? "" : "s");
    }
}
