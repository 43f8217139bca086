package diplokg.knowledge;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import diplokg.vocab.Namespaces;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;

/**
 * The counts of the whole store that the home page and the lists of states and people show: per state, the articles
 * that name it and the states it has a relation with; per person, the articles naming them, their happenings and one
 * name; for the store, its articles, people and happenings, the months its articles cover and the last extraction.
 * Counted at query time they scan every article (twelve to fifteen seconds at 100,000 articles); counted here, once
 * per write, they are a lookup. They are tallied from a few quad patterns, read through
 * the store's indexes or, in a bulk load, from each graph as it passes: both ways go through {@link #accept}.
 */
final class StoreTallies {

    static final KnowledgeKey KEY = new KnowledgeKey(KnowledgeKey.Kind.TALLIES, "store");

    private static final Node TYPE = RDF.type.asNode();
    private static final Node ENDED = NodeFactory.createURI(Namespaces.PROV + "endedAtTime");

    /** The patterns (predicate, object or any) of the quads that give the months of the articles. */
    static final List<Triple> MONTH_PATTERNS = List.of(
            Triple.create(Node.ANY, TYPE, Dkg.Article.asNode()),
            Triple.create(Node.ANY, Dkg.publicationMonth.asNode(), Node.ANY));
    /** The patterns of the quads that give the end times of the extractions. */
    static final List<Triple> EXTRACTION_PATTERNS = List.of(
            Triple.create(Node.ANY, TYPE, Dkg.Extraction.asNode()),
            Triple.create(Node.ANY, ENDED, Node.ANY));
    /** The patterns of every quad the tallies read. */
    private static final List<Triple> PATTERNS = List.of(
            Triple.create(Node.ANY, TYPE, Dkg.Article.asNode()),
            Triple.create(Node.ANY, TYPE, Dkg.Person.asNode()),
            Triple.create(Node.ANY, TYPE, Dkg.Extraction.asNode()),
            Triple.create(Node.ANY, Dkg.mentionsState.asNode(), Node.ANY),
            Triple.create(Node.ANY, Dkg.publicationMonth.asNode(), Node.ANY),
            Triple.create(Node.ANY, Dkg.partner.asNode(), Node.ANY),
            Triple.create(Node.ANY, Dkg.mentionsPerson.asNode(), Node.ANY),
            Triple.create(Node.ANY, Dkg.name.asNode(), Node.ANY),
            Triple.create(Node.ANY, ENDED, Node.ANY));

    private final BaseIri base;
    private final Node summary;

    private final Set<Node> articlesSeen = new HashSet<>();
    private final Set<Node> people = new HashSet<>();
    /** Subjects typed as extractions, by graph: an end time counts only for them. */
    private final Set<InGraph> extractions = new HashSet<>();
    private final Map<InGraph, Node> endTimes = new HashMap<>();
    /** Months and states by article: they count once the article is known as one, whatever the order of reading. */
    private final Map<Node, Node> months = new HashMap<>();
    private final Map<Node, Set<Node>> statesByArticle = new HashMap<>();
    private final Map<Node, Set<Node>> partnersByRelation = new HashMap<>();
    private final Map<Node, Set<Node>> peopleByArticle = new HashMap<>();
    /** The first name in SPARQL's order of everything named, people or not: which are people is known at the end. */
    private final Map<Node, Node> firstNames = new HashMap<>();

    StoreTallies(BaseIri base) {
        this.base = base;
        this.summary = NodeFactory.createURI(base.id("store"));
    }

    /** The tallies of every article graph of {@code dataset}, read through its indexes. Call inside a transaction. */
    static StoreTallies of(DatasetGraph dataset, BaseIri base) {
        return of(dataset, base, PATTERNS);
    }

    /** The tallies of the quads of {@code patterns} only, in every article graph. */
    static StoreTallies of(DatasetGraph dataset, BaseIri base, List<Triple> patterns) {
        StoreTallies tallies = new StoreTallies(base);
        for (Triple pattern : patterns) {
            dataset.find(Node.ANY, Node.ANY, pattern.getPredicate(), pattern.getObject())
                    .forEachRemaining(tallies::accept);
        }
        return tallies;
    }

    /** Counts what the article graph {@code graph} of {@code dataset} holds now. Call inside a transaction. */
    void addGraph(DatasetGraph dataset, Node graph) {
        for (Triple pattern : PATTERNS) {
            dataset.find(graph, Node.ANY, pattern.getPredicate(), pattern.getObject()).forEachRemaining(this::accept);
        }
    }

    /** Counts what the graph {@code name} of a bulk load holds, when it is an article graph. */
    void add(Node name, Graph graph) {
        for (Triple pattern : PATTERNS) {
            graph.find(Node.ANY, pattern.getPredicate(), pattern.getObject())
                    .forEachRemaining(t -> accept(Quad.create(name, t)));
        }
    }

    /**
     * Counts one quad of an article graph. Only the article a graph is about counts for its states and months (a graph
     * through {@code /kg-admin} may describe others); people, partners and extractions count in any article graph.
     */
    private void accept(Quad quad) {
        Node graph = quad.getGraph();
        if (!base.isArticleGraph(graph)) {
            return;
        }
        Node subject = quad.getSubject();
        Node predicate = quad.getPredicate();
        Node object = quad.getObject();
        boolean ownArticle = isOwnArticle(graph, subject);
        if (predicate.equals(TYPE)) {
            if (object.equals(Dkg.Article.asNode()) && ownArticle) {
                articlesSeen.add(subject);
            } else if (object.equals(Dkg.Person.asNode())) {
                people.add(subject);
            } else if (object.equals(Dkg.Extraction.asNode())) {
                extractions.add(new InGraph(graph, subject));
            }
        } else if (predicate.equals(Dkg.mentionsState.asNode()) && ownArticle) {
            statesByArticle.computeIfAbsent(subject, a -> new HashSet<>()).add(object);
        } else if (predicate.equals(Dkg.publicationMonth.asNode()) && ownArticle) {
            months.put(subject, object);
        } else if (predicate.equals(Dkg.partner.asNode())) {
            partnersByRelation.computeIfAbsent(subject, r -> new HashSet<>()).add(object);
        } else if (predicate.equals(Dkg.mentionsPerson.asNode()) && ownArticle) {
            peopleByArticle.computeIfAbsent(subject, a -> new HashSet<>()).add(object);
        } else if (predicate.equals(Dkg.name.asNode())) {
            firstNames.merge(subject, object, (a, b) -> extreme(a, b, -1));
        } else if (predicate.equals(ENDED)) {
            endTimes.put(new InGraph(graph, subject), object);
        }
    }

    /** The articles counted: each graph's own, when it declares it an article. */
    Set<Node> articles() {
        return articlesSeen;
    }

    /** The people counted. */
    Set<Node> people() {
        return people;
    }

    /** Everyone whose counts these graphs feed: the people they declare, name or mention (and what else they name). */
    Set<Node> peopleFed() {
        Set<Node> fed = new HashSet<>(people);
        fed.addAll(firstNames.keySet());
        peopleByArticle.values().forEach(fed::addAll);
        return fed;
    }

    /** The number of counted articles naming each state. */
    Map<Node, Integer> articlesByState() {
        return countByArticle(statesByArticle);
    }

    /** The number of counted articles naming each value of {@code byArticle}. */
    private Map<Node, Integer> countByArticle(Map<Node, Set<Node>> byArticle) {
        Map<Node, Integer> counts = new TreeMap<>(KnowledgeOut.NODE_ORDER);
        byArticle.forEach((article, values) -> {
            if (articlesSeen.contains(article)) {
                values.forEach(value -> counts.merge(value, 1, Integer::sum));
            }
        });
        return counts;
    }

    /** The publication months of the counted articles, once each. */
    Set<Node> months() {
        return valuesOf(months, articlesSeen);
    }

    /** The end times of the extractions counted, once each. */
    Set<Node> endTimes() {
        return valuesOf(endTimes, extractions);
    }

    /** The values {@code values} gives the keys that count, once each. */
    private static <K> Set<Node> valuesOf(Map<K, Node> values, Set<K> counted) {
        Set<Node> found = new HashSet<>();
        values.forEach((key, value) -> {
            if (counted.contains(key)) {
                found.add(value);
            }
        });
        return found;
    }

    /** The states a relation names as its partners. */
    Set<Node> partnerStates() {
        Set<Node> states = new HashSet<>();
        partnersByRelation.values().forEach(states::addAll);
        return states;
    }

    /** The earliest of {@code nodes} by SPARQL's order, or null when there is none. */
    static Node earliest(Set<Node> nodes) {
        return nodes.stream().reduce(null, (a, b) -> extreme(a, b, -1));
    }

    /** The latest of {@code nodes} by SPARQL's order, or null when there is none. */
    static Node latest(Set<Node> nodes) {
        return nodes.stream().reduce(null, (a, b) -> extreme(a, b, 1));
    }

    /**
     * Writes the tallies into {@code into}, the happenings and their participants counted in {@code knowledge} (the
     * knowledge graph derived with them). Writes no summary for a store without articles (the queries read no tally
     * as zero), but the partners of the relations its graphs declare and the people of its happenings all the same,
     * as the update of a write gives them.
     */
    void writeTo(Graph into, Graph knowledge) {
        Map<Node, Integer> articlesByPerson = countByArticle(peopleByArticle);
        for (Node person : people) {
            writePerson(into, person, articlesByPerson.getOrDefault(person, 0),
                    knowledge.stream(Node.ANY, Dkg.participant.asNode(), person).count(), firstNames.get(person));
        }
        Map<Node, Integer> articlesByState = articlesByState();
        Map<Node, Set<Node>> partners = partnersOfEachState();
        Set<Node> states = new TreeSet<>(KnowledgeOut.NODE_ORDER);
        states.addAll(articlesByState.keySet());
        states.addAll(partners.keySet());
        for (Node state : states) {
            writeState(into, state, articlesByState.getOrDefault(state, 0),
                    partners.getOrDefault(state, Set.of()).size());
        }
        if (articlesSeen.isEmpty()) {
            return;
        }
        Set<Node> monthsSeen = months();
        long happenings = knowledge.stream(Node.ANY, TYPE, Dkg.Happening.asNode()).count();
        writeSummary(into, summary, new Summary(articlesSeen.size(), people.size(), happenings, earliest(monthsSeen),
                latest(monthsSeen), latest(endTimes())));
    }

    /** The store's counts, as {@code id/store} holds them. */
    record Summary(long articles, long people, long happenings, Node firstMonth, Node lastMonth, Node lastExtracted) {
    }

    /** Writes the store's summary {@code summary}; nothing when it counts no article. */
    static void writeSummary(Graph into, Node summary, Summary counts) {
        if (counts.articles() == 0) {
            return;
        }
        KnowledgeOut out = new KnowledgeOut(into, KEY);
        out.resource(summary, Dkg.StoreSummary.asNode());
        out.count(summary, Dkg.articleCount, counts.articles());
        out.count(summary, Dkg.personCount, counts.people());
        out.count(summary, Dkg.happeningCount, counts.happenings());
        out.add(summary, Dkg.firstAttested, counts.firstMonth());
        out.add(summary, Dkg.lastAttested, counts.lastMonth());
        out.add(summary, Dkg.lastExtracted, counts.lastExtracted());
    }

    /** Writes a state's counts; nothing for counts of zero, and no key when both are. */
    static void writeState(Graph into, Node state, long articles, long partners) {
        KnowledgeOut out = new KnowledgeOut(into, KEY);
        if (articles > 0) {
            out.count(out.extend(state), Dkg.articleCount, articles);
        }
        if (partners > 0) {
            out.count(out.extend(state), Dkg.partnerCount, partners);
        }
    }

    /**
     * Writes a person's counts: the articles naming them, the happenings they take part in, and the first of their
     * names in SPARQL's order, for display and ranking; nothing for a person no counted article names and no
     * happening counts. A person only a happening counts (a graph written through {@code /kg-admin} may give an
     * event participants without {@code dkg:mentionsPerson} from its article) has no article count, but keeps the
     * name {@code who-met-whom} shows for the happening's pairs.
     */
    static void writePerson(Graph into, Node person, long articles, long happenings, Node name) {
        if (name == null || articles == 0 && happenings == 0) {
            return;
        }
        KnowledgeOut out = new KnowledgeOut(into, KEY);
        out.extend(person);
        if (articles > 0) {
            out.count(person, Dkg.articleCount, articles);
        }
        out.count(person, Dkg.happeningCount, happenings);
        out.add(person, Dkg.displayName, name);
    }

    /** The store's summary resource. */
    Node summary() {
        return summary;
    }

    /** The states each state shares a relation with, the relations of every article graph taken together. */
    private Map<Node, Set<Node>> partnersOfEachState() {
        Map<Node, Set<Node>> partners = new TreeMap<>(KnowledgeOut.NODE_ORDER);
        for (Set<Node> states : partnersByRelation.values()) {
            for (Node state : states) {
                for (Node other : states) {
                    if (!other.equals(state)) {
                        partners.computeIfAbsent(state, s -> new TreeSet<>(KnowledgeOut.NODE_ORDER)).add(other);
                    }
                }
            }
        }
        return partners;
    }

    /** Whether {@code subject} is the article the article graph {@code graph} is about. */
    private boolean isOwnArticle(Node graph, Node subject) {
        return base.isArticleGraph(graph) && subject.equals(base.articleOf(graph));
    }

    /** A subject of one graph. */
    private record InGraph(Node graph, Node subject) {
    }

    /** The earlier ({@code sign} -1) or later ({@code sign} 1) of two literals, by SPARQL's order; null is none. */
    static Node extreme(Node current, Node candidate, int sign) {
        if (current == null) {
            return candidate;
        }
        int order = NodeValue.compareAlways(NodeValue.makeNode(candidate), NodeValue.makeNode(current));
        return Integer.signum(order) == sign ? candidate : current;
    }
}
