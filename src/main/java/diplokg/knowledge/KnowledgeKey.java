package diplokg.knowledge;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One independent part of the knowledge layer. Written on each resource as {@code dkg:knowledgeKey}, in the form
 * {@code "kind value"} (an IRI for a pair, a person or an article; a date for events), so that the keys a stored
 * resource belongs to can be read back without the base IRI.
 *
 * @param kind  what the key partitions by
 * @param value the relation, person or article IRI, or the month ({@code 2024-11}) or year of events
 */
public record KnowledgeKey(Kind kind, String value) implements Comparable<KnowledgeKey> {

    /** What a key partitions the layer by. */
    public enum Kind {
        /** A bilateral relation: level timeline, establishment, targets, sector counts. */
        PAIR,
        /** A person: positions over time. */
        PERSON,
        /** The events dated in one month (or, dated by their year only, in one year). */
        EVENTS,
        /** The undated events of one article: nothing to cluster them by. */
        UNDATED_EVENTS,
        /** The counts of the whole store ({@link StoreTallies}): one key, recounted by every write of articles. */
        TALLIES
    }

    public KnowledgeKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    static KnowledgeKey pair(Node relation) {
        return new KnowledgeKey(Kind.PAIR, relation.getURI());
    }

    static KnowledgeKey person(Node person) {
        return new KnowledgeKey(Kind.PERSON, person.getURI());
    }

    static KnowledgeKey events(String monthOrYear) {
        return new KnowledgeKey(Kind.EVENTS, monthOrYear);
    }

    static KnowledgeKey undatedEvents(Node articleGraph) {
        return new KnowledgeKey(Kind.UNDATED_EVENTS, articleGraph.getURI());
    }

    /** The key written as {@code dkg:knowledgeKey}. */
    public String text() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + value;
    }

    /** Reads back {@link #text()}. */
    public static KnowledgeKey parse(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("not a knowledge key: " + text);
        }
        Kind kind = Kind.valueOf(text.substring(0, space).toUpperCase(java.util.Locale.ROOT));
        return new KnowledgeKey(kind, text.substring(space + 1));
    }

    /** The relation, person or article graph the key names; only for keys of those kinds. */
    Node node() {
        if (kind == Kind.EVENTS || kind == Kind.TALLIES) {
            throw new IllegalStateException("an events or tallies key names no resource: " + this);
        }
        return NodeFactory.createURI(value);
    }

    @Override
    public int compareTo(KnowledgeKey other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return text();
    }
}
