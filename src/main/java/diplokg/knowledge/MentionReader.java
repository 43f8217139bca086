package diplokg.knowledge;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the mentions of the article graphs of a dataset: all those of one graph, or all those of one key, found
 * through the store's indexes (statements by {@code dkg:pair}, positions by {@code dkg:holder}, events by their
 * {@code dkg:date} values) so that a write re-reads only what its keys need. Both ways read each statement with the
 * same code, and a key's mentions are exactly those whose {@link Mention#key()} it is. A statement without what
 * its kind needs (an event without type or article, a level without pair or level; such graphs can come through
 * {@code /kg-admin}) is no mention: it feeds no key, so a write never fails on it, and validation reports it.
 */
final class MentionReader {

    private static final Node DATE = Dkg.date.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final int DAYS_IN_A_MONTH = 31;

    private final DatasetGraph dataset;
    private final BaseIri base;
    /** Event mentions read so far, by statement; null when not remembering. */
    private final Map<Node, Optional<EventMention>> eventsRead;
    /** Event mentions naming each person, and the undated ones among them, read so far; unused when not remembering. */
    private final Map<Node, List<EventMention>> eventsOfPerson = new HashMap<>();
    private final Map<Node, List<EventMention>> undatedOfPerson = new HashMap<>();

    MentionReader(DatasetGraph dataset, BaseIri base) {
        this(dataset, base, false);
    }

    private MentionReader(DatasetGraph dataset, BaseIri base, boolean remember) {
        this.dataset = dataset;
        this.base = base;
        this.eventsRead = remember ? new HashMap<>() : null;
    }

    /**
     * A reader that reads each event mention once, for a write's update: it asks for the same events again and
     * again (each month a change touches, each day without a year, until no key is added), while the article graphs
     * stay as they are. Not for a derivation from scratch, which reads each event once and would keep them all.
     */
    static MentionReader remembering(DatasetGraph dataset, BaseIri base) {
        return new MentionReader(dataset, base, true);
    }

    /** Whether {@code graph} is an article graph (the mention layer). */
    boolean isArticleGraph(Node graph) {
        return base.isArticleGraph(graph);
    }

    /** Every mention of the article graph {@code graph}. */
    List<Mention> inGraph(Node graph) {
        List<Mention> mentions = new ArrayList<>();
        subjects(graph, Dkg.Event.asNode()).forEach(e -> add(mentions, event(graph, e)));
        subjects(graph, Dkg.PartnershipStatement.asNode()).forEach(s -> add(mentions, level(graph, s)));
        subjects(graph, Dkg.RelationsEstablishment.asNode()).forEach(s -> add(mentions, establishment(graph, s)));
        subjects(graph, Dkg.Target.asNode()).forEach(s -> add(mentions, target(graph, s)));
        subjects(graph, Dkg.Position.asNode()).forEach(s -> add(mentions, position(graph, s)));
        subjects(graph, Dkg.Article.asNode()).forEach(a -> mentions.addAll(about(graph, a)));
        return mentions;
    }

    /** Every mention, in any article graph, whose key is {@code key}. */
    List<Mention> forKey(KnowledgeKey key) {
        List<Mention> found = switch (key.kind()) {
            case PAIR -> pairMentions(key.node());
            case PERSON -> statementsWith(Dkg.holder.asNode(), key.node(), this::position);
            case EVENTS -> eventsDated(key.value());
            case UNDATED_EVENTS -> isArticleGraph(key.node()) ? inGraph(key.node()) : List.of();
            case TALLIES -> List.of();
        };
        return found.stream().filter(m -> m.key().equals(key)).toList();
    }

    private List<Mention> pairMentions(Node relation) {
        List<Mention> mentions = new ArrayList<>(statementsWith(Dkg.pair.asNode(), relation, (graph, statement) -> {
            if (has(graph, statement, Dkg.PartnershipStatement.asNode())) {
                return level(graph, statement);
            }
            if (has(graph, statement, Dkg.RelationsEstablishment.asNode())) {
                return establishment(graph, statement);
            }
            return has(graph, statement, Dkg.Target.asNode()) ? target(graph, statement) : null;
        }));
        // Only an article counts for its relation's sectors, as in a derivation of its graph ({@link #inGraph}).
        mentions.addAll(statementsWith(Dkg.about.asNode(), relation,
                (graph, article) -> has(graph, article, Dkg.Article.asNode()) ? new AboutMention(article, relation,
                        objects(graph, article, Dkg.discussesSector.asNode())) : null));
        return mentions;
    }

    /**
     * Events whose date falls in {@code monthOrYear}: for a month, its own value and its 31 possible days, written
     * with the year or without it ({@code --11-05}, which takes its year from the article: filtered by key after).
     */
    private List<Mention> eventsDated(String monthOrYear) {
        List<String> values = new ArrayList<>();
        values.add(monthOrYear);
        if (ArticleDate.isMonth(monthOrYear)) {
            for (int day = 1; day <= DAYS_IN_A_MONTH; day++) {
                values.add(monthOrYear + String.format("-%02d", day));
                values.add("-" + monthOrYear.substring(4) + String.format("-%02d", day));
            }
        } else if (monthOrYear.startsWith("--")) {
            for (int day = 1; day <= DAYS_IN_A_MONTH; day++) {
                values.add(monthOrYear + String.format("-%02d", day));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (String value : values) {
            mentions.addAll(statementsWith(DATE, NodeFactory.createLiteralString(value), this::event));
        }
        return mentions;
    }

    /**
     * The event mentions dated, with their year, on the day of the year {@code yearless} ({@code --12-11}) or in its
     * month alone, in one of {@code years}; and those written without a year in an article that gives it one.
     */
    List<EventMention> eventsOnDay(String yearless, Set<String> years) {
        String day = yearless.substring(1);
        String month = YearlessEvents.monthOfYear(yearless).substring(1);
        List<String> values = new ArrayList<>();
        values.add(yearless);
        years.forEach(year -> values.add(year + day));
        years.forEach(year -> values.add(year + month));
        List<EventMention> found = new ArrayList<>();
        for (String value : values) {
            for (Mention mention : statementsWith(DATE, NodeFactory.createLiteralString(value), this::event)) {
                EventMention event = (EventMention) mention;
                String date = event.date();
                if (ArticleDate.isDay(date) && date.substring(4).equals(day)
                        || ArticleDate.isMonth(date) && date.substring(4).equals(month)) {
                    found.add(event);
                }
            }
        }
        return found;
    }

    /** The event mentions, in any article graph, that name {@code person} as a participant. */
    List<EventMention> eventsWith(Node person) {
        return remembered(eventsOfPerson, person, p -> statementsWith(Dkg.participant.asNode(), p, this::event)
                .stream().map(EventMention.class::cast).toList());
    }

    /** The event mention {@code mention} of whichever article graph states it, if one does. */
    Optional<EventMention> event(Node mention) {
        Iterator<Quad> typed = dataset.find(Node.ANY, mention, TYPE, Dkg.Event.asNode());
        while (typed.hasNext()) {
            Node graph = typed.next().getGraph();
            if (isArticleGraph(graph)) {
                return Optional.ofNullable(event(graph, mention));
            }
        }
        return Optional.empty();
    }

    private <T> List<T> remembered(Map<Node, List<T>> memory, Node key,
                                   Function<Node, List<T>> read) {
        return eventsRead == null ? read.apply(key) : memory.computeIfAbsent(key, read);
    }

    /**
     * The undated event mentions ({@link UndatedEvents#isUndated}) that name {@code person}; an event with a date of
     * its own, which no undated event has, is passed over without being read.
     */
    List<EventMention> undatedEventsWith(Node person) {
        return remembered(undatedOfPerson, person, p -> statementsWith(Dkg.participant.asNode(), p, (graph, event) -> {
            String date = lexical(object(graph, event, DATE));
            boolean dated = ArticleDate.isDay(date) || ArticleDate.isMonth(date) || ArticleDate.isYear(date)
                    || YearlessEvents.isYearless(date);
            return dated ? null : event(graph, event);
        }).stream().map(EventMention.class::cast).filter(UndatedEvents::isUndated).toList());
    }

    /** The event mentions of the article graph {@code graph}. */
    List<EventMention> eventsIn(Node graph) {
        return subjects(graph, Dkg.Event.asNode()).stream().map(e -> event(graph, e)).filter(e -> e != null)
                .toList();
    }

    private interface StatementReader {
        Mention read(Node graph, Node subject);
    }

    private List<Mention> statementsWith(Node predicate, Node object, StatementReader reader) {
        List<Mention> mentions = new ArrayList<>();
        Iterator<Quad> quads = dataset.find(Node.ANY, Node.ANY, predicate, object);
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (isArticleGraph(quad.getGraph())) {
                add(mentions, reader.read(quad.getGraph(), quad.getSubject()));
            }
        }
        return mentions;
    }

    private EventMention event(Node graph, Node event) {
        if (eventsRead == null) {
            return readEvent(graph, event);
        }
        Optional<EventMention> read = eventsRead.get(event);
        if (read == null) {
            read = Optional.ofNullable(readEvent(graph, event));
            eventsRead.put(event, read);
        }
        return read.orElse(null);
    }

    private EventMention readEvent(Node graph, Node event) {
        Node article = object(graph, event, Dkg.statedIn.asNode());
        Node type = object(graph, event, Dkg.eventType.asNode());
        if (type == null || article == null) {
            return null;
        }
        Set<Node> participants = objects(graph, event, Dkg.participant.asNode());
        Set<Node> states = new LinkedHashSet<>();
        Map<Node, Set<Node>> servedBy = new HashMap<>();
        for (Node person : participants) {
            for (Node position : objects(graph, person, Dkg.holds.asNode())) {
                add(states, object(graph, position, Dkg.forState.asNode()));
                Set<Node> ofPosition = objects(graph, position, Dkg.forState.asNode());
                if (!ofPosition.isEmpty()) {
                    servedBy.computeIfAbsent(person, p -> new LinkedHashSet<>()).addAll(ofPosition);
                }
            }
        }
        Set<Node> served = Set.copyOf(states);
        states.addAll(pairOf(graph, article, served));
        return new EventMention(event, graph, article, type,
                ArticleDate.withYear(lexical(object(graph, event, DATE)), articleDate(graph, article)),
                lexical(object(graph, event, Dkg.place.asNode())),
                participants, states, served, sentences(graph, event), names(graph, participants), servedBy);
    }

    /** Each person's name in the article graph: the first in code-point order when it gives several. */
    private Map<Node, String> names(Node graph, Set<Node> people) {
        Map<Node, String> names = new HashMap<>();
        for (Node person : people) {
            objects(graph, person, Dkg.name.asNode()).stream().map(MentionReader::lexical)
                    .filter(name -> name != null).min(String::compareTo).ifPresent(name -> names.put(person, name));
        }
        return names;
    }

    /**
     * The pair of states an event is between when its participants serve fewer than two states: the partners of the
     * relations the article is about, when nobody's state is known; when the participants serve one state, the
     * partners of the one relation of the article that includes it (a signing whose report names only the Vietnamese
     * signatory, in an article about Japan and Vietnam, is between Japan and Vietnam); none when the article is about
     * several relations with that state, or none.
     */
    private Set<Node> pairOf(Node graph, Node article, Set<Node> served) {
        if (served.size() >= 2) {
            return Set.of();
        }
        List<Set<Node>> pairs = new ArrayList<>();
        for (Node relation : objects(graph, article, Dkg.about.asNode())) {
            Set<Node> partners = objects(graph, relation, Dkg.partner.asNode());
            if (partners.containsAll(served)) {
                pairs.add(partners);
            }
        }
        if (served.isEmpty()) {
            Set<Node> all = new LinkedHashSet<>();
            pairs.forEach(all::addAll);
            return all;
        }
        return pairs.size() == 1 ? pairs.get(0) : Set.of();
    }

    private LevelMention level(Node graph, Node statement) {
        Node status = object(graph, statement, Dkg.status.asNode());
        Node article = object(graph, statement, Dkg.statedIn.asNode());
        Node relation = object(graph, statement, Dkg.pair.asNode());
        Node level = object(graph, statement, Dkg.level.asNode());
        if (article == null || !isIri(relation) || level == null) {
            return null;
        }
        // Status concepts are ids of the contract: "established" announces the level, "existing" refers to it.
        boolean announced = status != null && status.isURI() && status.getURI().endsWith("/established");
        return new LevelMention(statement, article, relation, level, announced, articleDate(graph, article),
                sentences(graph, statement));
    }

    private EstablishmentMention establishment(Node graph, Node statement) {
        Node article = object(graph, statement, Dkg.statedIn.asNode());
        String year = lexical(object(graph, statement, Dkg.establishedYear.asNode()));
        Node relation = object(graph, statement, Dkg.pair.asNode());
        return year == null || article == null || !isIri(relation) ? null : new EstablishmentMention(statement,
                article, relation, year, articleDate(graph, article), sentences(graph, statement));
    }

    private TargetMention target(Node graph, Node statement) {
        Node article = object(graph, statement, Dkg.statedIn.asNode());
        Node relation = object(graph, statement, Dkg.pair.asNode());
        Node indicator = object(graph, statement, Dkg.indicator.asNode());
        Node value = object(graph, statement, Dkg.value.asNode());
        Node unit = object(graph, statement, Dkg.unit.asNode());
        if (article == null || !isIri(relation) || indicator == null || value == null || !value.isLiteral()
                || unit == null) {
            return null;
        }
        return new TargetMention(statement, article, relation, indicator, value, unit,
                object(graph, statement, Dkg.targetYear.asNode()), articleDate(graph, article),
                sentences(graph, statement));
    }

    private PositionMention position(Node graph, Node position) {
        Node article = object(graph, position, Dkg.statedIn.asNode());
        Node holder = object(graph, position, Dkg.holder.asNode());
        return !isIri(holder) || article == null ? null : new PositionMention(position, article, holder,
                object(graph, position, Dkg.role.asNode()), object(graph, position, Dkg.forState.asNode()),
                articleDate(graph, article), sentences(graph, position));
    }

    private List<AboutMention> about(Node graph, Node article) {
        Set<Node> sectors = objects(graph, article, Dkg.discussesSector.asNode());
        return objects(graph, article, Dkg.about.asNode()).stream().filter(MentionReader::isIri)
                .map(relation -> new AboutMention(article, relation, sectors))
                .toList();
    }

    private String articleDate(Node graph, Node article) {
        return article == null ? null : lexical(object(graph, article, Dkg.publicationMonth.asNode()));
    }

    private List<Node> sentences(Node graph, Node statement) {
        return List.copyOf(objects(graph, statement, Dkg.evidence.asNode()));
    }

    private Set<Node> subjects(Node graph, Node type) {
        Set<Node> subjects = new LinkedHashSet<>();
        dataset.find(graph, Node.ANY, TYPE, type).forEachRemaining(q -> subjects.add(q.getSubject()));
        return subjects;
    }

    private boolean has(Node graph, Node subject, Node type) {
        return dataset.contains(graph, subject, TYPE, type);
    }

    private Node object(Node graph, Node subject, Node predicate) {
        Iterator<Quad> quads = dataset.find(graph, subject, predicate, Node.ANY);
        return quads.hasNext() ? quads.next().getObject() : null;
    }

    private Set<Node> objects(Node graph, Node subject, Node predicate) {
        Set<Node> objects = new LinkedHashSet<>();
        dataset.find(graph, subject, predicate, Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        return objects;
    }

    private static boolean isIri(Node node) {
        return node != null && node.isURI();
    }

    private static String lexical(Node literal) {
        return literal == null || !literal.isLiteral() ? null : literal.getLiteralLexicalForm();
    }

    private static <T> void add(java.util.Collection<T> to, T item) {
        if (item != null) {
            to.add(item);
        }
    }
}
