package diplokg.validate;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.path.Path;

/**
 * One result of a SHACL validation: the node that breaks a shape, along which path, with which value.
 *
 * @param severity  how serious it is
 * @param graph     the named graph that was validated (with the reference graph beside it); {@code null} when a
 *                  plain graph was validated
 * @param focusNode the resource that was checked (an article, a sentence, a fact ...)
 * @param path      the property path of the failed constraint; {@code null} for node-level constraints
 * @param value     the offending value; {@code null} when the problem is a missing value
 * @param message   the shape's {@code sh:message}, or Jena's description of the failed constraint
 * @param shape     the shape whose constraint failed (often a blank node)
 */
public record Finding(Severity severity, Node graph, Node focusNode, Path path, Node value, String message,
                      Node shape) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(focusNode, "focus node");
        Objects.requireNonNull(message, "message");
    }

    /** The named graph, when a store was validated. */
    public Optional<Node> optionalGraph() {
        return Optional.ofNullable(graph);
    }

    /** The path, when the constraint was on a property. */
    public Optional<Path> optionalPath() {
        return Optional.ofNullable(path);
    }

    /** The offending value, when there is one. */
    public Optional<Node> optionalValue() {
        return Optional.ofNullable(value);
    }
}
