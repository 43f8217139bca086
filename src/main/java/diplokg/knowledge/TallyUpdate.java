package diplokg.knowledge;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Brings the store's tallies ({@link StoreTallies}) in step after a write, from what the changed article graphs held
 * before and hold now, without counting the store again: recounting it at every write read every article's states
 * and people (some two million quads at 100,000 articles) for a write of one. Sums move by the difference; a person,
 * a month or an extraction time is looked up in the other graphs only when the write may take away the last of it;
 * the partners of a state the write touches are read again, through the index of its relations.
 */
final class TallyUpdate {

    private static final Node TYPE = RDF.type.asNode();

    private final DatasetGraph dataset;
    private final Node knowledge;
    private final BaseIri base;
    private final Set<Node> changed;
    /** Whether each person looked up is declared in a graph the write did not change: asked twice per person. */
    private final Map<Node, Boolean> personElsewhere = new HashMap<>();

    /** @param changed the article graphs the write changed */
    TallyUpdate(DatasetGraph dataset, Node knowledge, BaseIri base, Set<Node> changed) {
        this.dataset = dataset;
        this.knowledge = knowledge;
        this.base = base;
        this.changed = changed;
    }

    /**
     * Writes the difference between the stored tallies and those after the write.
     *
     * @param before  the tallies of the changed graphs before the write
     * @param written what the write's keyed update wrote of happenings and their participants
     */
    void apply(StoreTallies before, KnowledgeLayer.Written written) {
        StoreTallies after = new StoreTallies(base);
        changed.forEach(graph -> after.addGraph(dataset, graph));
        Node summary = after.summary();
        Graph stored = GraphFactory.createDefaultGraph();
        Graph wanted = GraphFactory.createDefaultGraph();

        long articles = count(summary, Dkg.articleCount) - before.articles().size() + after.articles().size();
        StoreTallies.writeSummary(wanted, summary, new StoreTallies.Summary(articles, people(before, after),
                count(summary, Dkg.happeningCount) + written.happeningsAdded(),
                month(before, after, Dkg.firstAttested, -1), month(before, after, Dkg.lastAttested, 1),
                lastExtracted(before, after)));
        storedOf(summary, t -> true, stored);

        Map<Node, Integer> articlesBefore = before.articlesByState();
        Map<Node, Integer> articlesAfter = after.articlesByState();
        Set<Node> states = new TreeSet<>(KnowledgeOut.NODE_ORDER);
        states.addAll(articlesBefore.keySet());
        states.addAll(articlesAfter.keySet());
        Set<Node> partnersChanged = new HashSet<>(before.partnerStates());
        partnersChanged.addAll(after.partnerStates());
        states.addAll(partnersChanged);
        Node key = NodeFactory.createLiteralString(StoreTallies.KEY.text());
        for (Node state : states) {
            long stateArticles = count(state, Dkg.articleCount) - articlesBefore.getOrDefault(state, 0)
                    + articlesAfter.getOrDefault(state, 0);
            long partners = partnersChanged.contains(state) ? partnersOf(state).size() : count(state, Dkg.partnerCount);
            StoreTallies.writeState(wanted, state, stateArticles, partners);
            storedOf(state, t -> t.getPredicate().equals(Dkg.articleCount.asNode())
                    || t.getPredicate().equals(Dkg.partnerCount.asNode())
                    || t.getPredicate().equals(Dkg.knowledgeKey.asNode()) && t.getObject().equals(key), stored);
        }
        Set<Node> people = new TreeSet<>(KnowledgeOut.NODE_ORDER);
        people.addAll(before.peopleFed());
        people.addAll(after.peopleFed());
        people.addAll(written.participants());
        for (Node person : people) {
            // Only people carry a display name: a subject that is no person now, and had none, is something else
            // named (a body, a state) whose counts are not a person's.
            if (!person(person, wanted) && object(person, Dkg.displayName) == null) {
                continue;
            }
            storedOf(person, t -> t.getPredicate().equals(Dkg.articleCount.asNode())
                    || t.getPredicate().equals(Dkg.happeningCount.asNode())
                    || t.getPredicate().equals(Dkg.displayName.asNode())
                    || t.getPredicate().equals(Dkg.knowledgeKey.asNode()) && t.getObject().equals(key), stored);
        }
        stored.find().filterDrop(wanted::contains).toList().forEach(t -> dataset.delete(Quad.create(knowledge, t)));
        wanted.find().filterDrop(stored::contains).toList().forEach(t -> dataset.add(Quad.create(knowledge, t)));
    }

    /** The number of people after the write: a person the write names counts when some graph still declares them. */
    private long people(StoreTallies before, StoreTallies after) {
        long people = count(after.summary(), Dkg.personCount);
        Set<Node> named = new HashSet<>(before.people());
        named.addAll(after.people());
        for (Node person : named) {
            boolean elsewhere = personElsewhere(person);
            boolean was = elsewhere || before.people().contains(person);
            boolean is = elsewhere || after.people().contains(person);
            people += (is ? 1 : 0) - (was ? 1 : 0);
        }
        return people;
    }

    /**
     * Counts a person the write names or whose part in a happening it changed, from the store after the write: the
     * articles naming them, their happenings, their first name. Each is read through the indexes of that person, so
     * the cost follows how often the person is named, not the size of the store. Returns whether it is a person.
     */
    private boolean person(Node person, Graph wanted) {
        if (!personElsewhere(person) && !declaredIn(person, changed)) {
            return false;
        }
        long articles = 0;
        Iterator<Quad> naming = dataset.find(Node.ANY, Node.ANY, Dkg.mentionsPerson.asNode(), person);
        while (naming.hasNext()) {
            Quad quad = naming.next();
            if (base.isArticleGraph(quad.getGraph()) && quad.getSubject().equals(base.articleOf(quad.getGraph()))
                    && dataset.contains(quad.getGraph(), quad.getSubject(), TYPE, Dkg.Article.asNode())) {
                articles++;
            }
        }
        Node name = null;
        Iterator<Quad> names = dataset.find(Node.ANY, person, Dkg.name.asNode(), Node.ANY);
        while (names.hasNext()) {
            Quad quad = names.next();
            if (base.isArticleGraph(quad.getGraph())) {
                name = StoreTallies.extreme(name, quad.getObject(), -1);
            }
        }
        long happenings = dataset.stream(knowledge, Node.ANY, Dkg.participant.asNode(), person).count();
        StoreTallies.writePerson(wanted, person, articles, happenings, name);
        return true;
    }

    /** Whether one of {@code graphs} declares {@code person} a person. */
    private boolean declaredIn(Node person, Set<Node> graphs) {
        return graphs.stream().anyMatch(graph -> dataset.contains(graph, person, TYPE, Dkg.Person.asNode()));
    }

    /** Whether an article graph the write did not change declares {@code person} a person. */
    private boolean personElsewhere(Node person) {
        return personElsewhere.computeIfAbsent(person, p -> {
            Iterator<Quad> quads = dataset.find(Node.ANY, p, TYPE, Dkg.Person.asNode());
            while (quads.hasNext()) {
                Node graph = quads.next().getGraph();
                if (base.isArticleGraph(graph) && !changed.contains(graph)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The earliest ({@code sign} -1) or latest (1) publication month after the write: the stored one or a new one,
     * unless the write took away an article of the stored one and brought none as early (late), when the months are
     * counted again.
     */
    private Node month(StoreTallies before, StoreTallies after, Property property, int sign) {
        return extreme(object(after.summary(), property), before.months(), after.months(), sign,
                StoreTallies.MONTH_PATTERNS, StoreTallies::months);
    }

    /** The latest end of an extraction after the write, counted again only when the write took the latest away. */
    private Node lastExtracted(StoreTallies before, StoreTallies after) {
        return extreme(object(after.summary(), Dkg.lastExtracted), before.endTimes(), after.endTimes(), 1,
                StoreTallies.EXTRACTION_PATTERNS, StoreTallies::endTimes);
    }

    private Node extreme(Node stored, Set<Node> removed, Set<Node> added, int sign, List<Triple> patterns,
                         Function<StoreTallies, Set<Node>> values) {
        Node best = sign < 0 ? StoreTallies.earliest(added) : StoreTallies.latest(added);
        if (stored == null) {
            return best;
        }
        if (best != null && StoreTallies.extreme(stored, best, sign).equals(best)) {
            return best;
        }
        if (removed.contains(stored)) {
            Set<Node> all = values.apply(StoreTallies.of(dataset, base, patterns));
            return sign < 0 ? StoreTallies.earliest(all) : StoreTallies.latest(all);
        }
        return stored;
    }

    /** The states that share a relation with {@code state} in the article graphs now. */
    private Set<Node> partnersOf(Node state) {
        Set<Node> relations = new HashSet<>();
        dataset.find(Node.ANY, Node.ANY, Dkg.partner.asNode(), state).forEachRemaining(q -> {
            if (base.isArticleGraph(q.getGraph())) {
                relations.add(q.getSubject());
            }
        });
        Set<Node> partners = new HashSet<>();
        for (Node relation : relations) {
            dataset.find(Node.ANY, relation, Dkg.partner.asNode(), Node.ANY).forEachRemaining(q -> {
                if (base.isArticleGraph(q.getGraph()) && !q.getObject().equals(state)) {
                    partners.add(q.getObject());
                }
            });
        }
        return partners;
    }

    private long count(Node subject, Property property) {
        Node value = object(subject, property);
        return value == null ? 0 : ((Number) value.getLiteralValue()).longValue();
    }

    private Node object(Node subject, Property property) {
        Iterator<Quad> found = dataset.find(knowledge, subject, property.asNode(), Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    private void storedOf(Node subject, Predicate<Triple> tally, Graph into) {
        dataset.find(knowledge, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (tally.test(q.asTriple())) {
                into.add(q.asTriple());
            }
        });
    }
}
