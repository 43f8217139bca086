package diplokg.queries;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Estimates how many bytes of heap a kept answer holds, so that the {@link ResultCache} can be bounded by memory
 * rather than by a number of answers: one answer of {@code events-between} over a large store holds megabytes, one
 * of {@code articles-per-year} a few hundred bytes, and a count of entries says nothing about either.
 *
 * <p>The estimate walks the rows or triples once, when the answer is kept (about the cost of writing it), and errs
 * high: every string is counted at two bytes a character (Vietnamese names are not Latin-1), and every node,
 * binding and triple with the object headers and references of Jena's in-memory classes on a 64-bit JVM. Nodes that
 * rows share (the same IRI in many rows) are counted once per use, which is what a parsed result set holds.
 */
final class AnswerWeigher {

    /** A binding: object header, parent reference, variable slots. */
    private static final long ROW = 64;
    /** One variable of a binding: its slot, the Var reference. */
    private static final long CELL = 24;
    /** A node: object header, its label object, the String header and array header. */
    private static final long NODE = 72;
    /** A triple: object header, three references, graph indexing (the in-memory graph indexes each triple 3 times). */
    private static final long TRIPLE = 160;

    private AnswerWeigher() {
    }

    /** Bytes held by the rows of {@code bindings}. */
    static long rows(Iterator<Binding> bindings) {
        long bytes = 0;
        while (bindings.hasNext()) {
            Binding binding = bindings.next();
            bytes += ROW;
            for (Iterator<Var> vars = binding.vars(); vars.hasNext(); ) {
                bytes += CELL + node(binding.get(vars.next()));
            }
        }
        return bytes;
    }

    /** Bytes held by {@code model}'s triples. */
    static long triples(Model model) {
        long bytes = 0;
        for (Iterator<Triple> triples = model.getGraph().find(); triples.hasNext(); ) {
            Triple triple = triples.next();
            bytes += TRIPLE + node(triple.getSubject()) + node(triple.getPredicate()) + node(triple.getObject());
        }
        return bytes;
    }

    /** Bytes held by a byte array of {@code content}: its header and its length. */
    static long bytes(byte[] content) {
        return 16L + content.length;
    }

    /** Bytes held by one node. */
    static long node(Node node) {
        if (node == null) {
            return 0;
        }
        if (node.isLiteral()) {
            return NODE + 2L * node.getLiteralLexicalForm().length() + 2L * node.getLiteralLanguage().length();
        }
        if (node.isURI()) {
            return NODE + 2L * node.getURI().length();
        }
        return NODE + 2L * node.toString().length();
    }
}
