package diplokg.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The configurable base under which diplokg mints resource and graph IRIs: resources at {@code {base}id/...},
 * article graphs at {@code {base}graph/article/{id}}. The reference data in {@code ontology/} is written against
 * {@link #DEFAULT}; {@link #rebase(String)} moves such an IRI under this base.
 */
public record BaseIri(String value) {

    /** The published base. */
    public static final String DEFAULT_VALUE = "https://w3id.org/diplokg/";
    public static final BaseIri DEFAULT = new BaseIri(DEFAULT_VALUE);

    private static final Pattern UNSAFE_IN_SEGMENT = Pattern.compile("[^\\p{L}\\p{N}._~-]");

    public BaseIri {
        Objects.requireNonNull(value, "base IRI");
        if (!value.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending with '/': " + value);
        }
    }

    /** {@code {base}id/{path}}. */
    public String id(String path) {
        return value + "id/" + path;
    }

    /** {@code {base}graph/{path}}. */
    public String graph(String path) {
        return value + "graph/" + path;
    }

    /** The IRI of the named graph of one article. */
    public String articleGraph(String articleId) {
        return graph("article/" + segment(articleId));
    }

    /** Whether {@code graph} is an article graph ({@code {base}graph/article/...}). */
    public boolean isArticleGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(graph("article/"));
    }

    /** The article an article graph holds: {@code {base}graph/article/X} holds {@code {base}id/article/X}. */
    public Node articleOf(Node articleGraph) {
        return NodeFactory.createURI(id("article/" + articleGraph.getURI().substring(graph("article/").length())));
    }

    /**
     * The form of a name (an article id, from a file name) that goes into an IRI path: its NFC form when it holds
     * only letters, digits and {@code . _ ~ -}; otherwise every other character becomes {@code _} and the first
     * eight hex digits of the name's SHA-256 are appended, so that "a b" and "a_b" stay two IRIs. A safe name keeps
     * the IRI it always had; spaces, quotes, {@code <>{}|^#?} and control characters never reach an IRI.
     */
    public static String segment(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        String safe = UNSAFE_IN_SEGMENT.matcher(nfc).replaceAll("_");
        if (safe.equals(nfc) && !safe.isEmpty()) {
            return safe;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
            return safe + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The named graph holding the ontology, the vocabularies and the states. */
    public String referenceGraph() {
        return graph("reference");
    }

    /** The named graph of the knowledge layer: what is known across articles, derived from the article graphs. */
    public String knowledgeGraph() {
        return graph("knowledge");
    }

    /**
     * Moves an IRI minted under the default base ({@code {default}id/...}, {@code {default}graph/...}) under this
     * one; other IRIs, the ontology's and the shapes' among them, are returned unchanged.
     */
    public String rebase(String iri) {
        if (value.equals(DEFAULT_VALUE) || !(iri.startsWith(DEFAULT.id("")) || iri.startsWith(DEFAULT.graph("")))) {
            return iri;
        }
        return value + iri.substring(DEFAULT_VALUE.length());
    }

    /** {@link #rebase(String)} for a node: IRIs move, literals and blank nodes stay. */
    public Node rebase(Node node) {
        return node.isURI() ? NodeFactory.createURI(rebase(node.getURI())) : node;
    }

    /** {@code triple} with its subject and object {@link #rebase(Node) rebased}; predicates are vocabulary. */
    public Triple rebase(Triple triple) {
        return Triple.create(rebase(triple.getSubject()), triple.getPredicate(), rebase(triple.getObject()));
    }

    /** A new in-memory graph holding every triple of {@code graph} {@link #rebase(Triple) rebased}. */
    public Graph rebase(Graph graph) {
        Graph moved = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> moved.add(rebase(t)));
        return moved;
    }
}
