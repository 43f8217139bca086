package diplokg.validate;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of validating a graph: every finding, worst first, and what was looked at.
 *
 * @param findings the results, ordered by severity, then focus node, then path
 * @param shapes   how many shapes were checked
 * @param graphs   how many graphs were validated
 * @param elapsed  how long validation took
 */
public record Validation(List<Finding> findings, int shapes, int graphs, Duration elapsed) {

    public Validation {
        findings = List.copyOf(findings);
    }

    /** Whether no finding is a violation: warnings and infos do not make the store invalid. */
    public boolean hasNoViolations() {
        return count(Severity.VIOLATION) == 0;
    }

    /** How many findings have {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** How many distinct nodes have at least one finding. */
    public long focusNodes() {
        return findings.stream().map(Finding::focusNode).distinct().count();
    }
}
