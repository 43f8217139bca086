package diplokg.knowledge;

import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a write sends undated event mentions ({@link UndatedEvents}), for the keys it re-derives.
 *
 * <p>An undated mention's happening depends on the dated mentions that share a person with it and on how their keys
 * group them. So the undated mentions to decide again are those of the articles of the undated keys re-derived, and
 * those naming a person that an events key whose dated mentions the write changes names now, or named before (the
 * participants of its stored happenings). Any other undated mention keeps its happening: every dated mention it could
 * join lies in a key whose grouping the write leaves as it was. Each one decided adds to the keys the key of the
 * happening that held it before (read from the knowledge graph) and of the one it joins now (or its article's key,
 * when it stays alone). Such a key is re-derived for the undated mention it held or now holds, but its dated mentions
 * group as before, so it sends no undated mention elsewhere: the undated mentions it held and that are not decided
 * again stay in it. (Taking the people of every re-derived key instead made one article written into a store of
 * 10,000 re-derive some 700 keys, a key re-derived for an undated mention naming people whose keys were re-derived in
 * turn.) The happenings of the keys re-derived are taken from their mentions now; those of other keys from the stored
 * knowledge graph, which is exact for them. Mentions of one article are decided together, since two of them never join
 * one happening.
 */
final class UndatedEventUpdate {

    /** A happening: its key and what stands for it (its first mention, or its stored IRI). */
    private record Happening(KnowledgeKey key, Node id) {
    }

    private final DatasetGraph dataset;
    private final Node knowledge;
    private final MentionReader reader;
    private final Map<KnowledgeKey, List<Mention>> now;
    private final Map<Node, Happening> derived = new HashMap<>();
    private final Map<KnowledgeKey, List<Mention>> lent = new HashMap<>();
    private final Set<Node> away = new HashSet<>();

    /**
     * @param now the mentions of every events key being re-derived, as they are after the write (days without a year
     *            lent to it included, those lent away left out), without undated mentions
     */
    UndatedEventUpdate(DatasetGraph dataset, Node knowledge, MentionReader reader,
                       Map<KnowledgeKey, List<Mention>> now) {
        this.dataset = dataset;
        this.knowledge = knowledge;
        this.reader = reader;
        this.now = now;
        now.forEach((key, mentions) -> {
            if (key.kind() == KnowledgeKey.Kind.EVENTS) {
                List<EventMention> events = mentions.stream().map(EventMention.class::cast).toList();
                for (List<EventMention> happening : HappeningKnowledge.clusters(events)) {
                    Happening one = new Happening(key, happening.get(0).mention());
                    happening.forEach(e -> derived.put(e.mention(), one));
                }
            }
        });
    }

    /**
     * Decides the undated mentions {@code keys} touch and adds to {@code keys} the keys they leave and join; the
     * undated mentions stored in an events key of {@code keys} and not decided again stay lent to it.
     *
     * @param changedKeys the keys whose dated mentions the write changes (a subset of {@code keys})
     */
    void lend(Set<KnowledgeKey> keys, Set<KnowledgeKey> changedKeys) {
        Set<Node> articles = new TreeSet<>(KnowledgeOut.NODE_ORDER);
        Set<Node> people = new TreeSet<>(KnowledgeOut.NODE_ORDER);
        for (KnowledgeKey key : List.copyOf(keys)) {
            if (key.kind() == KnowledgeKey.Kind.UNDATED_EVENTS) {
                articles.add(key.node());
            } else if (key.kind() == KnowledgeKey.Kind.EVENTS && changedKeys.contains(key)) {
                people.addAll(people(key));
            }
        }
        for (Node person : people) {
            reader.undatedEventsWith(person).forEach(e -> articles.add(e.graph()));
        }
        Set<Node> decided = new HashSet<>();
        for (Node article : articles) {
            List<EventMention> undated = reader.eventsIn(article).stream().filter(UndatedEvents::isUndated)
                    .toList();
            Map<EventMention, Happening> found = UndatedEvents.happenings(undated,
                    event -> UndatedEvents.happening(event, candidates(event), this::happeningOf));
            keys.add(KnowledgeKey.undatedEvents(article));
            for (EventMention event : undated) {
                decided.add(event.mention());
                keys.addAll(storedKeysOf(event.mention()));
                Happening happening = found.get(event);
                if (happening != null) {
                    keys.add(happening.key());
                    lent.computeIfAbsent(happening.key(), k -> new ArrayList<>()).add(event);
                    away.add(event.mention());
                }
            }
        }
        keepUndecided(keys, decided);
    }

    /** Lends again to each events key of {@code keys} the undated mentions it holds that are not decided again. */
    private void keepUndecided(Set<KnowledgeKey> keys, Set<Node> decided) {
        for (KnowledgeKey key : keys) {
            if (key.kind() != KnowledgeKey.Kind.EVENTS) {
                continue;
            }
            for (Node happening : storedWithKey(key)) {
                dataset.find(knowledge, happening, Dkg.mention.asNode(), Node.ANY).forEachRemaining(q -> {
                    Node mention = q.getObject();
                    // A mention a re-derived key groups by its date is dated: read only the others.
                    if (!decided.contains(mention) && !away.contains(mention) && !derived.containsKey(mention)) {
                        reader.event(mention).filter(UndatedEvents::isUndated).ifPresent(event -> {
                            lent.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
                            away.add(mention);
                        });
                    }
                });
            }
        }
    }

    /** The undated mentions that join a happening of {@code key}. */
    List<Mention> lentTo(KnowledgeKey key) {
        return lent.getOrDefault(key, List.of());
    }

    /** Whether the undated mention {@code mention} joins a happening (and so leaves its article's key). */
    boolean isLent(Node mention) {
        return away.contains(mention);
    }

    /** The people of an events key: in its mentions now, and among the participants of its stored happenings. */
    private Set<Node> people(KnowledgeKey key) {
        Set<Node> people = new LinkedHashSet<>();
        now.getOrDefault(key, List.of()).forEach(m -> people.addAll(((EventMention) m).participants()));
        for (Node happening : storedWithKey(key)) {
            dataset.find(knowledge, happening, Dkg.participant.asNode(), Node.ANY)
                    .forEachRemaining(q -> people.add(q.getObject()));
        }
        return people;
    }

    /** The dated mentions {@code undated} could join: those naming one of its people, and those of its article. */
    private Set<EventMention> candidates(EventMention undated) {
        Set<EventMention> candidates = new LinkedHashSet<>(reader.eventsIn(undated.graph()));
        undated.participants().forEach(person -> candidates.addAll(reader.eventsWith(person)));
        return candidates;
    }

    private Happening happeningOf(EventMention dated) {
        Happening happening = derived.get(dated.mention());
        if (happening != null) {
            return happening;
        }
        Iterator<Quad> stored = dataset.find(knowledge, Node.ANY, Dkg.mention.asNode(), dated.mention());
        if (stored.hasNext()) {
            Node iri = stored.next().getSubject();
            return new Happening(keysOf(iri).stream().findFirst().orElse(dated.key()), iri);
        }
        return new Happening(dated.key(), dated.mention());
    }

    private Set<KnowledgeKey> storedKeysOf(Node mention) {
        return KnowledgeLayer.keysOfStored(dataset, knowledge, Dkg.mention.asNode(), mention);
    }

    private Set<KnowledgeKey> keysOf(Node resource) {
        Set<KnowledgeKey> keys = new TreeSet<>();
        dataset.find(knowledge, resource, Dkg.knowledgeKey.asNode(), Node.ANY)
                .forEachRemaining(q -> keys.add(KnowledgeKey.parse(q.getObject().getLiteralLexicalForm())));
        return keys;
    }

    private List<Node> storedWithKey(KnowledgeKey key) {
        List<Node> resources = new ArrayList<>();
        dataset.find(knowledge, Node.ANY, Dkg.knowledgeKey.asNode(), NodeFactory.createLiteralString(key.text()))
                .forEachRemaining(q -> resources.add(q.getSubject()));
        return resources;
    }
}
