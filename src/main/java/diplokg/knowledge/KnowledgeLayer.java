package diplokg.knowledge;

import diplokg.store.DerivedGraph;
import diplokg.store.NamedGraph;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The knowledge graph ({@code {base}graph/knowledge}): derived from the article graphs, from scratch
 * ({@link #derive(DatasetGraph)}) or key by key after a write ({@link #update(DatasetGraph, Set)}), with the same
 * result. Installed on a store with {@code TdbStore.deriving}, it is updated inside every write transaction.
 */
public final class KnowledgeLayer implements DerivedGraph {

    /**
     * The rules of this class, named for {@link DerivedGraph#rules()}: a store whose knowledge graph other rules
     * derived derives it again when opened. Change it with every change of what the same article graphs derive.
     * 2: participant pairs of happenings and periods of months and years. 3: the store's tallies. 4: pairs without
     * names. 5: a display name for a participant no article mentions. 6: in graphs that declare no article, the
     * partners of their relations counted, and no sector coverage from what is not an article.
     */
    private static final String RULES = "knowledge-6";

    private final BaseIri base;
    private final Node graph;
    private final Node reference;

    public KnowledgeLayer(BaseIri base) {
        this.base = base;
        this.graph = NodeFactory.createURI(base.knowledgeGraph());
        this.reference = NodeFactory.createURI(base.referenceGraph());
    }

    /** The knowledge graph's name. */
    public Node graphName() {
        return graph;
    }

    /**
     * Re-derives the keys the changed article graphs fed before (read from the stored knowledge graph) and feed now
     * (read from their new content). A change of the reference data re-derives every relation, the only resources
     * {@link ReferenceFacts} feed (level ranks, sector groups): any edit of {@code ontology/} rewrites the reference
     * graph, most of them a label, and re-deriving every happening for it took as long as a derivation from scratch.
     * Not told what the changed graphs held, it counts the store's tallies again and lets any yearless mention move
     * on a replacement or removal ({@link #write()} need not).
     */
    @Override
    public void update(DatasetGraph dataset, Set<Node> changed) {
        updateKeys(dataset, changed, null);
        if (changed.stream().anyMatch(this::isArticleGraph)) {
            Graph tallies = GraphFactory.createDefaultGraph();
            StoreTallies.of(dataset, base).writeTo(tallies, dataset.getGraph(graph));
            writeDifference(dataset, storedTriples(dataset, StoreTallies.KEY), tallies.find().toSet());
        }
    }

    /**
     * Notes what each article graph a write changes held for the tallies before it changes, so that
     * {@link TallyUpdate} takes it back instead of counting the store again. A graph changed without being noted
     * (a writer that does not tell) makes the update count the whole store.
     */
    @Override
    public Write write() {
        return new Write() {
            private final StoreTallies before = new StoreTallies(base);
            private final Set<Node> noted = new HashSet<>();
            private final List<Mention> eventsBefore = new ArrayList<>();

            @Override
            public void beforeChange(DatasetGraph dataset, Node changedGraph) {
                if (isArticleGraph(changedGraph) && noted.add(changedGraph)) {
                    before.addGraph(dataset, changedGraph);
                    new MentionReader(dataset, base).inGraph(changedGraph).stream()
                            .filter(EventMention.class::isInstance).forEach(eventsBefore::add);
                }
            }

            @Override
            public void update(DatasetGraph dataset, Set<Node> changed) {
                Set<Node> articleGraphs = changed.stream().filter(KnowledgeLayer.this::isArticleGraph)
                        .collect(Collectors.toSet());
                if (!noted.containsAll(articleGraphs)) {
                    KnowledgeLayer.this.update(dataset, changed);
                    return;
                }
                Written written = updateKeys(dataset, changed, eventsBefore);
                if (!articleGraphs.isEmpty()) {
                    new TallyUpdate(dataset, graph, base, articleGraphs).apply(before, written);
                }
            }
        };
    }

    private boolean isArticleGraph(Node named) {
        return base.isArticleGraph(named);
    }

    /**
     * Re-derives the keys the write touches; returns what that wrote of happenings and their participants.
     *
     * @param eventsBefore the event mentions the changed graphs held before the write, or null when not told
     */
    private Written updateKeys(DatasetGraph dataset, Set<Node> changed, List<Mention> eventsBefore) {
        MentionReader reader = MentionReader.remembering(dataset, base);
        Set<KnowledgeKey> keys = new TreeSet<>();
        if (changed.contains(reference)) {
            keys.addAll(storedKeysOfKind(dataset, KnowledgeKey.Kind.PAIR));
        }
        List<Mention> written = new ArrayList<>();
        boolean replacing = false;
        for (Node changedGraph : changed) {
            if (!reader.isArticleGraph(changedGraph)) {
                continue;
            }
            Set<KnowledgeKey> before = storedKeys(dataset, article(changedGraph));
            replacing |= !before.isEmpty();
            keys.addAll(before);
            List<Mention> now = reader.inGraph(changedGraph);
            written.addAll(now);
            now.forEach(m -> keys.add(m.key()));
        }
        // A write that replaces or removes an article may have taken away the event that dated a yearless mention:
        // told what the changed graphs held, only those the old events or the new ones could date may move; else any.
        YearlessChange change;
        if (!replacing) {
            change = YearlessChange.adding(written);
        } else if (eventsBefore != null) {
            List<Mention> both = new ArrayList<>(written);
            both.addAll(eventsBefore);
            change = YearlessChange.adding(both);
        } else {
            change = YearlessChange.ANY;
        }
        // The keys whose dated mentions the write changes: its own, and those a day without a year leaves or joins.
        // The others re-derived only receive or lose an undated mention, which regroups no dated one.
        Set<KnowledgeKey> changedKeys = new TreeSet<>(keys);
        // Lending a mention to a key touches more keys, which may lend more: until no write adds a key.
        Map<KnowledgeKey, List<Mention>> now;
        UndatedEventUpdate undated;
        int before;
        do {
            before = keys.size();
            Map<KnowledgeKey, List<Mention>> lent = lendYearless(dataset, reader, keys, changedKeys, change);
            now = new HashMap<>();
            for (KnowledgeKey key : keys) {
                now.put(key, mentionsNow(reader, key, lent));
            }
            undated = new UndatedEventUpdate(dataset, graph, reader, now);
            undated.lend(keys, changedKeys);
        } while (keys.size() != before);
        KnowledgeDeriver deriver = new KnowledgeDeriver(base, ReferenceFacts.read(dataset, reference));
        Graph derived = GraphFactory.createDefaultGraph();
        for (KnowledgeKey key : keys) {
            List<Mention> mentions = new ArrayList<>(now.get(key));
            if (key.kind() == KnowledgeKey.Kind.UNDATED_EVENTS) {
                UndatedEventUpdate lending = undated;
                mentions.removeIf(m -> lending.isLent(((EventMention) m).mention()));
            }
            mentions.addAll(undated.lentTo(key));
            deriver.derive(key, mentions, derived);
        }
        // All the keys' stored triples against all their derived ones, not key by key: a happening may keep its IRI
        // and change its key (a mention undated, then dated by a day without a year, is named after itself in both).
        // Most of what a key holds is unchanged by a write.
        Set<Triple> stored = new HashSet<>();
        keys.forEach(key -> stored.addAll(storedTriples(dataset, key)));
        return writeDifference(dataset, stored, derived.find().toSet());
    }

    /**
     * Writes only the difference: every triple deleted and added again costs six index updates. Returns what it
     * wrote of happenings and their participants, which the tallies count.
     */
    private Written writeDifference(DatasetGraph dataset, Set<Triple> stored, Set<Triple> wanted) {
        Written written = new Written();
        for (Triple t : stored) {
            if (!wanted.contains(t)) {
                dataset.delete(Quad.create(graph, t));
                written.note(t, -1);
            }
        }
        for (Triple t : wanted) {
            if (!stored.contains(t)) {
                dataset.add(Quad.create(graph, t));
                written.note(t, 1);
            }
        }
        return written;
    }

    /**
     * What a keyed update wrote that the tallies count: happenings added less those removed, and the people whose
     * part in a happening was added or removed.
     */
    static final class Written {

        private long happeningsAdded;
        private final Set<Node> participants = new HashSet<>();

        long happeningsAdded() {
            return happeningsAdded;
        }

        Set<Node> participants() {
            return participants;
        }

        private void note(Triple triple, int sign) {
            if (triple.getPredicate().equals(RDF.type.asNode())
                    && triple.getObject().equals(Dkg.Happening.asNode())) {
                happeningsAdded += sign;
            } else if (triple.getPredicate().equals(Dkg.participant.asNode())) {
                participants.add(triple.getObject());
            }
        }
    }

    /** The mentions of {@code key} after the write, days without a year lent to it or away included. */
    private static List<Mention> mentionsNow(MentionReader reader, KnowledgeKey key,
                                             Map<KnowledgeKey, List<Mention>> lent) {
        List<Mention> mentions = new ArrayList<>(reader.forKey(key));
        if (key.value().startsWith("--")) {
            Set<Node> away = lent.values().stream().flatMap(List::stream)
                    .map(m -> ((EventMention) m).mention()).collect(Collectors.toSet());
            mentions.removeIf(m -> away.contains(((EventMention) m).mention()));
        }
        mentions.addAll(lent.getOrDefault(key, List.of()));
        return mentions;
    }

    /**
     * Adds to {@code keys} what the yearless mentions of their months of the year ({@link YearlessEvents}) whose year
     * the write may change touch: the month of the year, and the months those mentions were lent to before and are
     * lent to now; returns every yearless mention of those months of the year that has a year, dated in it, by the
     * key that receives it. The others keep the year the stored graph gives them, without a new search.
     */
    private Map<KnowledgeKey, List<Mention>> lendYearless(DatasetGraph dataset, MentionReader reader,
                                                          Set<KnowledgeKey> keys, Set<KnowledgeKey> changedKeys,
                                                          YearlessChange change) {
        Set<String> monthsOfYear = new TreeSet<>();
        for (KnowledgeKey key : keys) {
            if (key.kind() == KnowledgeKey.Kind.EVENTS && ArticleDate.isMonth(key.value())) {
                monthsOfYear.add("-" + key.value().substring(4));
            } else if (key.kind() == KnowledgeKey.Kind.EVENTS && key.value().startsWith("--")) {
                monthsOfYear.add(key.value());
            }
        }
        Map<KnowledgeKey, List<Mention>> lent = new HashMap<>();
        for (String monthOfYear : monthsOfYear) {
            List<EventMention> yearless = reader.forKey(KnowledgeKey.events(monthOfYear)).stream()
                    .map(EventMention.class::cast).toList();
            List<EventMention> touched = yearless.stream().filter(change::mayMove).toList();
            Set<KnowledgeKey> moved = new TreeSet<>();
            if (!touched.isEmpty()) {
                moved.add(KnowledgeKey.events(monthOfYear));
            }
            touched.forEach(event -> moved.addAll(storedKeysOf(dataset, event.mention())));
            keys.addAll(moved);
            Set<String> years = touched.isEmpty() ? Set.of() : yearsWithEvents(dataset, monthOfYear, keys);
            Map<Node, String> found = YearlessEvents.years(touched, day -> reader.eventsOnDay(day, years));
            for (EventMention event : yearless) {
                boolean moves = change.mayMove(event);
                String year = moves ? found.get(event.mention()) : storedYear(dataset, event.mention());
                if (year != null) {
                    KnowledgeKey month = YearlessEvents.monthKey(year, monthOfYear);
                    if (moves) {
                        moved.add(month);
                    }
                    lent.computeIfAbsent(month, k -> new ArrayList<>()).add(event.inYear(year));
                }
            }
            keys.addAll(moved);
            changedKeys.addAll(moved);
        }
        return lent;
    }

    /** The year the stored knowledge graph lends the yearless mention {@code mention} to, or null when none. */
    private String storedYear(DatasetGraph dataset, Node mention) {
        return storedKeysOf(dataset, mention).stream()
                .filter(key -> key.kind() == KnowledgeKey.Kind.EVENTS && ArticleDate.isMonth(key.value()))
                .map(key -> key.value().substring(0, 4)).findFirst().orElse(null);
    }

    /**
     * The years whose month {@code monthOfYear} has events: those the stored knowledge graph has a key for, and those
     * of the keys being derived (the stored graph does not know them yet).
     */
    private Set<String> yearsWithEvents(DatasetGraph dataset, String monthOfYear, Set<KnowledgeKey> keys) {
        Set<String> years = new TreeSet<>();
        for (int year = ArticleDate.FIRST_YEAR; year <= ArticleDate.LAST_YEAR; year++) {
            KnowledgeKey key = YearlessEvents.monthKey(Integer.toString(year), monthOfYear);
            if (keys.contains(key) || dataset.contains(graph, Node.ANY, Dkg.knowledgeKey.asNode(),
                    NodeFactory.createLiteralString(key.text()))) {
                years.add(Integer.toString(year));
            }
        }
        return years;
    }

    /** The keys of the stored happenings that hold the event mention {@code mention}. */
    private Set<KnowledgeKey> storedKeysOf(DatasetGraph dataset, Node mention) {
        return keysOfStored(dataset, graph, Dkg.mention.asNode(), mention);
    }

    /**
     * The keys of the resources of the knowledge graph {@code knowledge} linked by {@code link} to {@code object}:
     * what a write must re-derive when {@code object} (an article, an event mention) changes.
     */
    static Set<KnowledgeKey> keysOfStored(DatasetGraph dataset, Node knowledge, Node link, Node object) {
        Set<KnowledgeKey> keys = new TreeSet<>();
        dataset.find(knowledge, Node.ANY, link, object).forEachRemaining(q ->
                dataset.find(knowledge, q.getSubject(), Dkg.knowledgeKey.asNode(), Node.ANY).forEachRemaining(k ->
                        keys.add(KnowledgeKey.parse(k.getObject().getLiteralLexicalForm()))));
        return keys;
    }

    @Override
    public String rules() {
        return RULES;
    }

    /**
     * Replaces the knowledge graph with a derivation from scratch. Call inside a write transaction. Only the
     * difference is written: after a change of rules most of a large graph stays, and the patch log (which replicas
     * play) records what is written.
     */
    @Override
    public boolean rederive(DatasetGraph dataset) {
        Graph derived = derive(dataset);
        List<Triple> gone = new ArrayList<>();
        dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!derived.contains(q.asTriple())) {
                gone.add(q.asTriple());
            }
        });
        gone.forEach(t -> dataset.delete(Quad.create(graph, t)));
        List<Triple> added = derived.find().filterDrop(t -> dataset.contains(graph, t.getSubject(), t.getPredicate(),
                t.getObject())).toList();
        added.forEach(t -> dataset.add(Quad.create(graph, t)));
        return !gone.isEmpty() || !added.isEmpty();
    }

    /** The knowledge graph derived from scratch from every article graph of {@code dataset}. Call inside a read. */
    public Graph derive(DatasetGraph dataset) {
        MentionReader reader = new MentionReader(dataset, base);
        SortedMap<KnowledgeKey, List<Mention>> byKey = new TreeMap<>();
        Iterator<Node> graphs = dataset.listGraphNodes();
        while (graphs.hasNext()) {
            Node named = graphs.next();
            if (reader.isArticleGraph(named)) {
                group(reader.inGraph(named), byKey);
            }
        }
        Graph derived = derive(byKey, ReferenceFacts.read(dataset, reference));
        StoreTallies.of(dataset, base).writeTo(derived, derived);
        return derived;
    }

    /** Compares the stored knowledge graph with a derivation from scratch. Call inside a read transaction. */
    public KnowledgeDifference check(DatasetGraph dataset) {
        Graph expected = derive(dataset);
        Graph stored = dataset.getGraph(graph);
        List<Triple> missing = new ArrayList<>();
        expected.find().forEachRemaining(t -> {
            if (!stored.contains(t)) {
                missing.add(t);
            }
        });
        List<Triple> unexpected = new ArrayList<>();
        stored.find().forEachRemaining(t -> {
            if (!expected.contains(t)) {
                unexpected.add(t);
            }
        });
        return new KnowledgeDifference(expected.size(), stored.size(), missing, unexpected);
    }

    @Override
    public BulkDerivation bulk() {
        return new BulkDerivation() {
            private final SortedMap<KnowledgeKey, List<Mention>> byKey = new TreeMap<>();
            private final StoreTallies tallies = new StoreTallies(base);
            private ReferenceFacts facts = ReferenceFacts.NONE;

            @Override
            public void add(NamedGraph named) {
                Node name = NodeFactory.createURI(named.iri());
                DatasetGraph one = DatasetGraphFactory.createGeneral();
                one.addGraph(name, named.graph());
                if (name.equals(reference)) {
                    facts = ReferenceFacts.read(one, reference);
                }
                MentionReader reader = new MentionReader(one, base);
                if (reader.isArticleGraph(name)) {
                    group(reader.inGraph(name), byKey);
                    tallies.add(name, named.graph());
                }
            }

            @Override
            public List<NamedGraph> derived() {
                Graph derived = derive(byKey, facts);
                tallies.writeTo(derived, derived);
                return List.of(new NamedGraph(graph.getURI(), derived));
            }
        };
    }

    private Graph derive(SortedMap<KnowledgeKey, List<Mention>> byKey, ReferenceFacts facts) {
        YearlessEvents.lend(byKey);
        UndatedEvents.lend(byKey);
        KnowledgeDeriver deriver = new KnowledgeDeriver(base, facts);
        Graph derived = GraphFactory.createDefaultGraph();
        byKey.forEach((key, mentions) -> deriver.derive(key, mentions, derived));
        return derived;
    }

    private static void group(List<Mention> mentions, SortedMap<KnowledgeKey, List<Mention>> byKey) {
        mentions.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
    }

    /** The keys of that kind the stored knowledge graph has resources for. */
    private Set<KnowledgeKey> storedKeysOfKind(DatasetGraph dataset, KnowledgeKey.Kind kind) {
        Set<Node> texts = new HashSet<>();
        dataset.find(graph, Node.ANY, Dkg.knowledgeKey.asNode(), Node.ANY)
                .forEachRemaining(q -> texts.add(q.getObject()));
        Set<KnowledgeKey> keys = new TreeSet<>();
        texts.stream().map(text -> KnowledgeKey.parse(text.getLiteralLexicalForm()))
                .filter(key -> key.kind() == kind).forEach(keys::add);
        return keys;
    }

    /** The keys of the stored resources that {@code article} supports. */
    private Set<KnowledgeKey> storedKeys(DatasetGraph dataset, Node article) {
        return keysOfStored(dataset, graph, Dkg.fromArticle.asNode(), article);
    }

    /** The triples of the resources of {@code key} and of their parts, as stored. */
    private Set<Triple> storedTriples(DatasetGraph dataset, KnowledgeKey key) {
        List<Node> subjects = new ArrayList<>();
        dataset.find(graph, Node.ANY, Dkg.knowledgeKey.asNode(), NodeFactory.createLiteralString(key.text()))
                .forEachRemaining(q -> subjects.add(q.getSubject()));
        List<Node> parts = new ArrayList<>();
        for (Node subject : subjects) {
            KnowledgeOut.PART_LINKS.forEach(link -> dataset.find(graph, subject, link.asNode(), Node.ANY)
                    .forEachRemaining(q -> parts.add(q.getObject())));
        }
        Set<Triple> triples = new HashSet<>();
        subjects.addAll(parts);
        subjects.forEach(s -> dataset.find(graph, s, Node.ANY, Node.ANY)
                .forEachRemaining(q -> triples.add(q.asTriple())));
        return triples;
    }

    /** The article an article graph holds. */
    private Node article(Node articleGraph) {
        return base.articleOf(articleGraph);
    }
}
