package diplokg.knowledge;

import diplokg.vocab.Dkg;
import diplokg.vocab.Namespaces;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * Happenings: the event mentions of one key (a month, a year, or one article's undated events) grouped into one
 * resource per real event.
 *
 * <p>Rules. Two mentions report the same happening when they have the same type, compatible dates, share a
 * participant or the pair of states ({@link EventMention#states}: a report naming one side only is between that side
 * and its article's partner), and give the same place when both give one; sharing nobody, they are two happenings when
 * both name someone of one state (other hosts: other talks), or when they are mentions of one article (an article
 * tells a happening once). Dates are compatible when they are the same
 * day; a mention dated by its month alone joins the happening of that month it shares the most participants (then
 * states) with, the earliest on a tie, unless each names someone the other does not (a host's talks with another
 * guest are other talks), or else groups with the other month-only mentions; mentions dated by their year alone group
 * among themselves; an undated mention joins the happening {@link UndatedEvents} lends it to, else stays alone.
 * Sharing is transitive among same-day mentions, the best fits first, and never puts two mentions of one article that
 * share nobody, or two places, in one happening.
 * A meeting, signing or conference is part of ({@code sem:subEventOf}) the visit of the same day, or of a visit dated
 * by that month, that shares a participant or two states with it.
 */
final class HappeningKnowledge {

    /** Event types (contract ids) that happen during a visit, and the visit's. */
    private static final Set<String> DURING_VISIT = Set.of("meeting", "signing", "conference");
    private static final String VISIT = "visit";
    private static final Property SUB_EVENT_OF = ResourceFactory.createProperty(Namespaces.SEM, "subEventOf");

    private final String happenings;
    private final String periods;
    private final ParticipantPairs pairs;

    /**
     * @param happenings the IRI prefix of happenings, {@code {base}id/happening/}
     * @param periods    the IRI prefix of the periods that index them, {@code {base}id/happenings/}
     * @param states     the IRI prefix of states, {@code {base}id/state/}
     */
    HappeningKnowledge(String happenings, String periods, String states) {
        this.happenings = happenings;
        this.periods = periods;
        this.pairs = new ParticipantPairs(states);
    }

    void derive(KnowledgeKey key, List<Mention> mentions, KnowledgeOut out) {
        List<EventMention> events = mentions.stream().map(EventMention.class::cast).toList();
        List<List<EventMention>> clusters = key.kind() == KnowledgeKey.Kind.UNDATED_EVENTS
                ? sorted(events).stream().map(List::of).toList()
                : withUndated(clusters(events), events);
        Map<List<EventMention>, Node> iris = iris(clusters);
        clusters.forEach(cluster -> write(cluster, iris.get(cluster), out));
        if (key.kind() == KnowledgeKey.Kind.EVENTS) {
            index(key, clusters.stream().filter(c -> date(c) != null).map(iris::get).toList(), out);
        }
        for (List<EventMention> cluster : clusters) {
            if (DURING_VISIT.contains(RelationKnowledge.local(cluster.get(0).type()))) {
                visitOf(cluster, clusters).ifPresent(visit -> out.add(iris.get(cluster), SUB_EVENT_OF,
                        iris.get(visit)));
            }
        }
    }

    /**
     * The key's period ({@code dkg:HappeningPeriod}: a month, a year, or a month of unknown year, {@code --11}) and
     * its dated happenings: a range of dates is the happenings of the few periods that overlap it, where a test of
     * every happening's date grew with the store.
     */
    private void index(KnowledgeKey key, List<Node> dated, KnowledgeOut out) {
        if (dated.isEmpty()) {
            return;
        }
        Node period = out.resource(NodeFactory.createURI(periods + key.value()), Dkg.HappeningPeriod.asNode());
        out.add(period, Dkg.period, NodeFactory.createLiteralString(key.value()));
        dated.forEach(happening -> out.add(period, Dkg.periodHappening, happening));
    }

    /**
     * The happenings of the dated mentions of one key (the undated ones lent to it are left out): the grouping that
     * {@link UndatedEvents} reads, and the one {@link #derive} writes with the undated mentions added.
     */
    static List<List<EventMention>> clusters(List<EventMention> mentions) {
        return cluster(sorted(mentions.stream().filter(e -> !UndatedEvents.isUndated(e)).toList()));
    }

    private static List<EventMention> sorted(List<EventMention> events) {
        return events.stream().sorted(Comparator.comparing((EventMention e) -> e.mention().toString())).toList();
    }

    /**
     * Adds each undated mention lent to the key to the happening of the dated mentions it fits (one by
     * {@link UndatedEvents#lend}); after the dated mentions are grouped, so it changes no grouping.
     */
    private static List<List<EventMention>> withUndated(List<List<EventMention>> clusters,
                                                        List<EventMention> events) {
        List<List<EventMention>> alone = new ArrayList<>();
        for (EventMention undated : sorted(events.stream().filter(UndatedEvents::isUndated).toList())) {
            Optional<List<EventMention>> found = UndatedEvents.happening(undated,
                    clusters.stream().flatMap(List::stream).toList(), dated -> clusterOf(clusters, dated));
            if (found.isPresent()) {
                found.get().add(undated);
            } else {
                alone.add(new ArrayList<>(List.of(undated)));
            }
        }
        List<List<EventMention>> all = new ArrayList<>(clusters);
        all.addAll(alone);
        return all;
    }

    private static List<EventMention> clusterOf(List<List<EventMention>> clusters, EventMention event) {
        return clusters.stream().filter(c -> c.contains(event)).findFirst().orElseThrow();
    }

    private static List<List<EventMention>> cluster(List<EventMention> events) {
        List<EventMention> days = events.stream().filter(e -> ArticleDate.isDay(e.date())).toList();
        List<List<EventMention>> clusters = new ArrayList<>(union(days));
        // A month-only mention that fits several days equally joins the earliest.
        clusters.sort(Comparator.comparing(HappeningKnowledge::date));
        List<EventMention> vague = new ArrayList<>();
        for (EventMention event : events) {
            if (ArticleDate.isDay(event.date())) {
                continue;
            }
            List<EventMention> best = null;
            int bestScore = 0;
            for (List<EventMention> cluster : clusters) {
                int score = ArticleDate.isMonth(event.date()) && nested(event, cluster) && !apart(event, cluster)
                        ? score(event, cluster) : 0;
                if (score > bestScore) {
                    best = cluster;
                    bestScore = score;
                }
            }
            if (best != null) {
                best.add(event);
            } else {
                vague.add(event);
            }
        }
        clusters.addAll(union(vague));
        return clusters;
    }

    /**
     * Groups mentions that report the same happening, two by two, transitively: the pairs that fit best first, never
     * two mentions of one article that name nobody in common ({@link #apart}), never two places in one group.
     */
    private static List<List<EventMention>> union(List<EventMention> events) {
        int[] parent = new int[events.size()];
        List<List<EventMention>> members = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(events.get(i))));
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                int score = events.get(i).date().equals(events.get(j).date())
                        ? score(events.get(i), List.of(events.get(j))) : 0;
                if (score > 0) {
                    pairs.add(new int[] {score, i, j});
                }
            }
        }
        // The best fits first, so that a mention joins the report it fits best before a weaker link can bar it.
        pairs.sort(Comparator.comparingInt((int[] pair) -> -pair[0]));
        for (int[] pair : pairs) {
            int one = find(parent, pair[1]);
            int other = find(parent, pair[2]);
            if (one != other && onePlace(members.get(one), members.get(other))
                    && members.get(other).stream().noneMatch(e -> apart(e, members.get(one)))) {
                parent[other] = one;
                members.get(one).addAll(members.get(other));
            }
        }
        Map<Integer, List<EventMention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(events.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * Whether two groups give one place at most between them: two reports without a place can each fit a group, but
     * a group in Hanoi and one in Astana are not one happening.
     */
    private static boolean onePlace(List<EventMention> group, List<EventMention> other) {
        Set<String> places = places(group);
        places.addAll(places(other));
        return places.size() <= 1;
    }

    /**
     * Whether {@code event} cannot be in one happening with {@code cluster}: a mention of its article there names
     * nobody it names. An article tells a happening once, so its two mentions of one day that share no person are
     * two events (a guest's talks with two hosts); two that share one may be the lead and the body telling one.
     */
    private static boolean apart(EventMention event, List<EventMention> cluster) {
        return cluster.stream().anyMatch(other -> other != event && other.graph().equals(event.graph())
                && Collections.disjoint(other.participants(), event.participants()));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Whether the people {@code event} names are among those of {@code cluster}, or the other way round: a partial list
     * of the same people, not a meeting of one of them with someone else.
     */
    private static boolean nested(EventMention event, List<EventMention> cluster) {
        Set<Node> theirs = union(cluster, EventMention::participants);
        return theirs.containsAll(event.participants()) || event.participants().containsAll(theirs);
    }

    /** How well {@code event} fits {@code other} as a report of the same happening; 0 when it cannot. */
    static int fits(EventMention event, EventMention other) {
        return score(event, List.of(other));
    }

    /**
     * How well {@code event} fits {@code cluster}: 0 when it cannot be the same happening (another type, another
     * place, nobody and fewer than two states in common), else more for more participants, then states, shared.
     */
    private static int score(EventMention event, List<EventMention> cluster) {
        EventMention head = cluster.get(0);
        if (!event.type().equals(head.type())) {
            return 0;
        }
        Set<String> places = places(cluster);
        if (event.place() != null && !places.isEmpty() && !places.contains(fold(event.place()))) {
            return 0;
        }
        int people = shared(event.participants(), cluster.stream().map(EventMention::participants).toList());
        int states = shared(event.states(), cluster.stream().map(EventMention::states).toList());
        if (people == 0 && shared(event.served(), cluster.stream().map(EventMention::served).toList()) > 0) {
            // Nobody in common, and each names someone of one state: other people of that state, other talks.
            return 0;
        }
        return people > 0 || states >= 2 ? people * 100 + states : 0;
    }

    private static int shared(Set<Node> mine, List<Set<Node>> theirs) {
        Set<Node> all = theirs.stream().flatMap(Set::stream).collect(Collectors.toSet());
        int count = 0;
        for (Node node : mine) {
            if (all.contains(node)) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> places(Collection<EventMention> cluster) {
        return cluster.stream().map(EventMention::place).filter(p -> p != null).map(HappeningKnowledge::fold)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether two places, either of them possibly unknown (null), can be the same: unknown, or equal when folded. */
    static boolean samePlace(String place, String other) {
        return place == null || other == null || fold(place).equals(fold(other));
    }

    private static String fold(String place) {
        return Normalizer.normalize(place, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .strip();
    }

    /** The visit {@code cluster} is part of, if any: same day first, then most shared. */
    private static Optional<List<EventMention>> visitOf(List<EventMention> cluster,
                                                                  List<List<EventMention>> clusters) {
        String date = date(cluster);
        if (date == null) {
            return Optional.empty();
        }
        List<EventMention> best = null;
        int bestScore = 0;
        for (List<EventMention> visit : clusters) {
            if (!VISIT.equals(RelationKnowledge.local(visit.get(0).type()))) {
                continue;
            }
            String visitDate = date(visit);
            boolean sameDay = ArticleDate.isDay(visitDate) && visitDate.equals(date);
            boolean inMonth = ArticleDate.isMonth(visitDate) && date.startsWith(visitDate);
            if (!sameDay && !inMonth) {
                continue;
            }
            int people = shared(union(cluster, EventMention::participants),
                    List.of(union(visit, EventMention::participants)));
            int states = shared(union(cluster, EventMention::states), List.of(union(visit, EventMention::states)));
            int score = people > 0 || states >= 2 ? (sameDay ? 100_000 : 0) + people * 100 + states : 0;
            if (score > bestScore) {
                best = visit;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private void write(List<EventMention> cluster, Node happening, KnowledgeOut out) {
        EventMention head = cluster.get(0);
        out.resource(happening, Dkg.Happening.asNode());
        out.add(happening, Dkg.eventType, head.type());
        String date = date(cluster);
        if (date != null) {
            out.add(happening, Dkg.date, NodeFactory.createLiteralString(date));
            if (ArticleDate.isDay(date)) {
                out.add(happening, Dkg.timeStamp, NodeFactory.createLiteral(date, XSDDatatype.XSDdate));
            }
        }
        String place = place(cluster);
        if (place != null) {
            out.add(happening, Dkg.place, NodeFactory.createLiteralString(place));
        }
        union(cluster, EventMention::participants).forEach(p -> out.add(happening, Dkg.participant, p));
        String names = participantNames(cluster);
        if (!names.isEmpty()) {
            out.add(happening, Dkg.participantNames, NodeFactory.createLiteralString(names));
        }
        union(cluster, EventMention::states).forEach(s -> out.add(happening, Dkg.involvesState, s));
        out.add(happening, RDFS.label, NodeFactory.createLiteralString(label(head, date, place)));
        out.support(happening, cluster.stream().map(EventMention::article).toList(),
                cluster.stream().map(EventMention::mention).toList());
        out.count(happening, Dkg.mentionCount, cluster.size());
        pairs.write(happening, cluster, out);
    }

    /**
     * The participants' names for display, one per person in alphabetical order, each spelled as its reports spell it
     * (the first in code-point order when they differ): the saved queries list them without looking up each
     * person's names in every article that names them, which grows with the store.
     */
    private static String participantNames(List<EventMention> cluster) {
        Map<Node, String> names = new HashMap<>();
        for (EventMention event : cluster) {
            event.names().forEach((person, name) -> names.merge(person, name, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
        return names.values().stream().sorted().collect(Collectors.joining(", "));
    }

    /** Type, date and place, the date as people read it: "meeting, 31 Oct, no year, Hanoï", not "--10-31". */
    private static String label(EventMention head, String date, String place) {
        StringBuilder label = new StringBuilder(RelationKnowledge.local(head.type()));
        if (date != null) {
            label.append(", ").append(DateText.readable(date));
        }
        if (place != null) {
            label.append(", ").append(place);
        }
        return label.toString();
    }

    /** The most precise date of the cluster (a day over a month), the earliest of those. */
    private static String date(List<EventMention> cluster) {
        return cluster.stream().map(EventMention::date).filter(d -> d != null)
                .min(Comparator.comparing((String d) -> -d.length()).thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    /** The place most mentions give, as written; the first in text order on a tie. */
    private static String place(List<EventMention> cluster) {
        Map<String, Long> counts = cluster.stream().map(EventMention::place).filter(p -> p != null)
                .collect(Collectors.groupingBy(p -> p, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<String, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static Set<Node> union(List<EventMention> cluster, Function<EventMention, Set<Node>> field) {
        return KnowledgeOut.sorted(cluster.stream().flatMap(e -> field.apply(e).stream()).toList());
    }

    /**
     * One IRI per happening: {@code {date}/{type}/{states}} under the happenings' prefix, so that it stays the same
     * when more articles report it; happenings that would share one are numbered in the order of their first mention.
     * An undated mention's happening is named after the mention.
     */
    private Map<List<EventMention>, Node> iris(List<List<EventMention>> clusters) {
        Map<String, List<List<EventMention>>> byName = new TreeMap<>();
        for (List<EventMention> cluster : clusters) {
            byName.computeIfAbsent(name(cluster), n -> new ArrayList<>()).add(cluster);
        }
        Map<List<EventMention>, Node> iris = new IdentityHashMap<>();
        byName.forEach((name, same) -> {
            List<List<EventMention>> ordered = new ArrayList<>(same);
            ordered.sort(Comparator.comparing(c -> c.stream().map(e -> e.mention().toString()).min(String::compareTo)
                    .orElse("")));
            for (int i = 0; i < ordered.size(); i++) {
                iris.put(ordered.get(i), NodeFactory.createURI(happenings + name + (i == 0 ? "" : "-" + (i + 1))));
            }
        });
        return iris;
    }

    private static String name(List<EventMention> cluster) {
        String date = date(cluster);
        if (date == null || !(ArticleDate.isDay(date) || ArticleDate.isMonth(date) || ArticleDate.isYear(date))) {
            String mention = cluster.get(0).mention().getURI();
            return "undated/" + mention.substring(mention.lastIndexOf('/') + 1);
        }
        String states = union(cluster, EventMention::states).stream().map(RelationKnowledge::local)
                .collect(Collectors.joining("-"));
        return date + "/" + RelationKnowledge.local(cluster.get(0).type()) + (states.isEmpty() ? "" : "/" + states);
    }
}
