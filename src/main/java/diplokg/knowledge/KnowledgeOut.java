package diplokg.knowledge;

import diplokg.vocab.Dkg;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;

/** Writes the resources of one key into a graph, each marked with the key and linked to what supports it. */
final class KnowledgeOut {

    /** The properties that link a resource to its parts ({@link #part}). */
    static final List<Property> PART_LINKS = List.of(Dkg.levelInterval, Dkg.establishmentClaim, Dkg.targetClaim,
            Dkg.sectorCoverage, Dkg.sectorGroupCoverage, Dkg.participantPair);

    /** Nodes in a stable order, so that choices between equals do not depend on the order a store returns them. */
    static final Comparator<Node> NODE_ORDER = Comparator.comparing(Node::toString);

    private final Graph graph;
    private final Node key;

    KnowledgeOut(Graph graph, KnowledgeKey key) {
        this.graph = graph;
        this.key = NodeFactory.createLiteralString(key.text());
    }

    /** Declares {@code resource} as one of the key's, of type {@code type}. */
    Node resource(Node resource, Node type) {
        graph.add(Triple.create(resource, RDF.type.asNode(), type));
        return extend(resource);
    }

    /**
     * Marks a resource the article graphs already declare (a relation, a position) as extended by the key: the
     * knowledge graph adds what is known of it, not again what each article says.
     */
    Node extend(Node resource) {
        graph.add(Triple.create(resource, Dkg.knowledgeKey.asNode(), key));
        return resource;
    }

    /**
     * Declares {@code part}, of type {@code type}, as a part of {@code whole} (a level interval, a claim or a sector
     * count of a relation, a pair of a happening's participants), linked by {@code link}. A part carries no key of
     * its own: it goes with its whole ({@link KnowledgeLayer} deletes the parts a keyed resource links by
     * {@link #PART_LINKS}).
     */
    Node part(Node whole, Property link, Node part, Node type) {
        add(whole, link, part);
        graph.add(Triple.create(part, RDF.type.asNode(), type));
        return part;
    }

    void add(Node subject, Property property, Node object) {
        if (object != null) {
            graph.add(Triple.create(subject, property.asNode(), object));
        }
    }

    void count(Node subject, Property property, long count) {
        add(subject, property, NodeFactory.createLiteral(Long.toString(count), XSDDatatype.XSDinteger));
    }

    void flag(Node subject, Property property, boolean value) {
        add(subject, property, NodeFactory.createLiteral(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    /** Links {@code subject} to the articles and the statements that support it, and counts the articles. */
    void support(Node subject, Collection<Node> articles, Collection<Node> statements) {
        statements.forEach(s -> add(subject, Dkg.mention, s));
        linkArticles(subject, articles);
    }

    /**
     * Links {@code subject} to the articles and the sentences that attest it, for a resource whose statements are not
     * resources of their own (a position is the same resource in every article), and counts the articles.
     */
    void attest(Node subject, Collection<Node> articles, Collection<Node> sentences) {
        sentences.forEach(s -> add(subject, Dkg.evidence, s));
        linkArticles(subject, articles);
    }

    private void linkArticles(Node subject, Collection<Node> articles) {
        Set<Node> distinct = sorted(articles);
        distinct.forEach(a -> add(subject, Dkg.fromArticle, a));
        count(subject, Dkg.articleCount, distinct.size());
    }

    /**
     * Links {@code part} to the statements that support it and counts their articles; the articles themselves are
     * linked once, from its whole.
     */
    void supportPart(Node part, Collection<Node> articles, Collection<Node> statements) {
        statements.forEach(s -> add(part, Dkg.mention, s));
        count(part, Dkg.articleCount, sorted(articles).size());
    }

    static Set<Node> sorted(Collection<Node> nodes) {
        Set<Node> set = new TreeSet<>(NODE_ORDER);
        nodes.stream().filter(n -> n != null).forEach(set::add);
        return set;
    }

    static List<Node> flat(Collection<? extends Collection<Node>> lists) {
        return lists.stream().flatMap(Collection::stream).toList();
    }
}
