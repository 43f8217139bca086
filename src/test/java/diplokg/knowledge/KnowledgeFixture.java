package diplokg.knowledge;

import diplokg.vocab.BaseIri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Hand-built mentions, IRIs minted the way the mapping mints them, and a derivation of a set of mentions grouped by
 * key as the knowledge layer groups them. Reading helpers for the derived graph keep the assertions short.
 */
final class KnowledgeFixture {

    static final BaseIri BASE = BaseIri.DEFAULT;
    static final String COMPREHENSIVE_STRATEGIC = "comprehensive-strategic-partnership";
    static final String STRATEGIC = "strategic-partnership";
    static final String COMPREHENSIVE = "comprehensive-partnership";
    /** The ranks the reference data gives these levels: 1 is the highest level. */
    static final Map<Node, Integer> RANKS = Map.of(
            level(COMPREHENSIVE_STRATEGIC), 3, level(STRATEGIC), 5, level(COMPREHENSIVE), 6);
    /** The groups the reference data gives these sectors ({@code dkg:sectorGroup}). */
    static final Map<Node, Node> SECTOR_GROUPS = Map.of(
            id("sector/trade"), id("sector-group/economy"), id("sector/investment"), id("sector-group/economy"),
            id("sector/energy"), id("sector-group/energy"));

    private KnowledgeFixture() {
    }

    static Node id(String path) {
        return NodeFactory.createURI(BASE.id(path));
    }

    static Node article(String articleId) {
        return id("article/" + articleId);
    }

    static Node articleGraph(String articleId) {
        return NodeFactory.createURI(BASE.articleGraph(articleId));
    }

    static Node sentence(String articleId, int index) {
        return NodeFactory.createURI(BASE.id("article/" + articleId) + "/sentence/" + index);
    }

    /** A fact an article states, named as the mapping names it: {@code {base}id/{kind}/{article}-{ordinal}}. */
    static Node statement(String kind, String articleId, int ordinal) {
        return id(kind + "/" + articleId + "-" + ordinal);
    }

    static Node state(String code) {
        return id("state/" + code);
    }

    static Set<Node> states(String... codes) {
        return Arrays.stream(codes).map(KnowledgeFixture::state).collect(LinkedHashSet::new, Set::add, Set::addAll);
    }

    static Node person(String slug) {
        return id("person/" + slug);
    }

    static Node relation(String first, String second) {
        return id("relation/" + first + "-" + second);
    }

    static Node level(String id) {
        return id("level/" + id);
    }

    static Node happening(String path) {
        return id("happening/" + path);
    }

    static Node gYear(String year) {
        return NodeFactory.createLiteral(year, XSDDatatype.XSDgYear);
    }

    static Node gYearMonth(String month) {
        return NodeFactory.createLiteral(month, XSDDatatype.XSDgYearMonth);
    }

    static Node date(String day) {
        return NodeFactory.createLiteral(day, XSDDatatype.XSDdate);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    static Node flag(boolean value) {
        return NodeFactory.createLiteral(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    static EventBuilder event(String articleId, int ordinal) {
        return new EventBuilder(articleId, ordinal);
    }

    /**
     * Derives {@code mentions}, grouped by their keys, with the partnership levels' {@code ranks} and the fixture's
     * sector groups.
     */
    static Graph derive(Map<Node, Integer> ranks, List<? extends Mention> mentions) {
        SortedMap<KnowledgeKey, List<Mention>> byKey = new TreeMap<>();
        mentions.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        YearlessEvents.lend(byKey);
        UndatedEvents.lend(byKey);
        KnowledgeDeriver deriver = new KnowledgeDeriver(BASE, new ReferenceFacts(ranks, SECTOR_GROUPS));
        Graph derived = GraphFactory.createDefaultGraph();
        byKey.forEach((key, ofKey) -> deriver.derive(key, ofKey, derived));
        return derived;
    }

    static Graph derive(List<? extends Mention> mentions) {
        return derive(Map.of(), mentions);
    }

    static Set<Node> objects(Graph graph, Node subject, Property property) {
        Set<Node> objects = new LinkedHashSet<>();
        graph.find(subject, property.asNode(), Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
        return objects;
    }

    /** The single object of {@code subject property}, or null when there is none; fails when there are several. */
    static Node object(Graph graph, Node subject, Property property) {
        Set<Node> objects = objects(graph, subject, property);
        if (objects.size() > 1) {
            throw new AssertionError(subject + " has several " + property + ": " + objects);
        }
        return objects.isEmpty() ? null : objects.iterator().next();
    }

    static Set<Node> ofType(Graph graph, Resource type) {
        Set<Node> subjects = new LinkedHashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), type.asNode()).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }

    static boolean has(Graph graph, Node subject, Property property, Node object) {
        return graph.contains(Triple.create(subject, property.asNode(), object));
    }

    /** An event mention under construction; the event, graph and article names follow from article and ordinal. */
    static final class EventBuilder {
        private final String articleId;
        private final int ordinal;
        private Node type = id("event-type/meeting");
        private String date;
        private String place;
        private final Set<Node> participants = new LinkedHashSet<>();
        private final Set<Node> states = new LinkedHashSet<>();
        private final Set<Node> served = new LinkedHashSet<>();
        private final Map<Node, String> names = new HashMap<>();
        private final Map<Node, Set<Node>> servedBy = new HashMap<>();

        private EventBuilder(String articleId, int ordinal) {
            this.articleId = articleId;
            this.ordinal = ordinal;
        }

        EventBuilder type(String eventType) {
            this.type = id("event-type/" + eventType);
            return this;
        }

        EventBuilder on(String isoDate) {
            this.date = isoDate;
            return this;
        }

        EventBuilder in(String city) {
            this.place = city;
            return this;
        }

        EventBuilder with(String... people) {
            Arrays.stream(people).map(KnowledgeFixture::person).forEach(participants::add);
            return this;
        }

        /** A participant the article names {@code name}. */
        EventBuilder named(String personId, String name) {
            participants.add(person(personId));
            names.put(person(personId), name);
            return this;
        }

        EventBuilder of(String... stateCodes) {
            states.addAll(states(stateCodes));
            return this;
        }

        /** The states the participants serve (also states of the event); none by default: nobody's is known. */
        EventBuilder serving(String... stateCodes) {
            served.addAll(states(stateCodes));
            states.addAll(states(stateCodes));
            return this;
        }

        /** A participant the article names {@code name} and gives an office for each of {@code stateCodes}. */
        EventBuilder official(String personId, String name, String... stateCodes) {
            named(personId, name);
            servedBy.computeIfAbsent(person(personId), p -> new LinkedHashSet<>()).addAll(states(stateCodes));
            return serving(stateCodes);
        }

        EventMention build() {
            return new EventMention(statement("event", articleId, ordinal), articleGraph(articleId),
                    article(articleId), type, date, place, participants, states, served,
                    List.of(sentence(articleId, ordinal)), names, servedBy);
        }
    }
}
