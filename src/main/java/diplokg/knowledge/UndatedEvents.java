package diplokg.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * The happening of an undated event mention (an article without a date that gives its event no date either): the one
 * happening, dated in any key, whose dated mentions it fits ({@link #fits}); when the dated mentions it fits lie in
 * two happenings or more, or in none, it stays alone under its article's key.
 *
 * <p>Design decision. Nothing places such a mention in time, so it is matched on who, what and where, and more
 * strictly than dated mentions are: a shared person (two states alone are any meeting of the pair), the same type,
 * the same place when both give one, and the pair of states. Ambiguity leaves it alone: two meetings of the same
 * ministers in two years are two candidates, and the mention belongs to neither. The decision reads the dated
 * mentions and how their keys group them, never other undated mentions, so an undated mention joins a happening
 * without changing which mentions that happening groups or where any other undated mention goes: a write re-derives
 * the keys a changed key's undated candidates were lent to before and are lent to now, and nothing cascades
 * ({@link KnowledgeLayer#update}).
 */
final class UndatedEvents {

    private UndatedEvents() {
    }

    /** Whether {@code event} has no date to cluster it by (its key is its article's). */
    static boolean isUndated(EventMention event) {
        return event.key().kind() == KnowledgeKey.Kind.UNDATED_EVENTS;
    }

    /**
     * Whether the undated mention {@code undated} can report the happening of the dated mention {@code dated}: the
     * same type, a person in common, the same place when both give one, and the same pair of states (two states in
     * common, or all the states of the side that names fewer than two).
     */
    static boolean fits(EventMention undated, EventMention dated) {
        if (!undated.type().equals(dated.type()) || !HappeningKnowledge.samePlace(undated.place(), dated.place())) {
            return false;
        }
        if (undated.participants().stream().noneMatch(dated.participants()::contains)
                || !nested(undated.participants(), dated.participants())) {
            return false;
        }
        long states = undated.states().stream().filter(dated.states()::contains).count();
        return states >= Math.min(2, Math.min(undated.states().size(), dated.states().size()));
    }

    /** Whether one of the two sets holds the other: a partial list of the same people, not other people. */
    private static boolean nested(Set<Node> one, Set<Node> other) {
        return one.containsAll(other) || other.containsAll(one);
    }

    /**
     * The happening {@code undated} joins: the one that every dated mention it fits belongs to, if there is one.
     *
     * @param candidates  the dated mentions sharing a participant with it and those of its own article (more are
     *                    harmless: they are filtered)
     * @param happeningOf the happening (any value standing for it) a dated mention belongs to
     */
    static <H> Optional<H> happening(EventMention undated, Collection<EventMention> candidates,
                                     Function<EventMention, H> happeningOf) {
        Map<H, Long> shared = new HashMap<>();
        Set<H> ownArticle = new HashSet<>();
        for (EventMention dated : candidates) {
            if (isUndated(dated)) {
                continue;
            }
            if (dated.graph().equals(undated.graph()) && dated.type().equals(undated.type())) {
                ownArticle.add(happeningOf.apply(dated));
            } else if (fits(undated, dated)) {
                long people = undated.participants().stream().filter(dated.participants()::contains).count();
                shared.merge(happeningOf.apply(dated), people, Math::max);
            }
        }
        shared.keySet().removeAll(ownArticle);
        long most = shared.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<H> best = shared.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
    }

    /**
     * The happening each undated mention of one article joins, by {@code happening}; two of them that would join one
     * happening join none (an article's extraction already tells one happening once: two mentions are two).
     *
     * @param <H> what stands for a happening
     */
    static <H> Map<EventMention, H> happenings(List<EventMention> ofOneArticle,
                                               Function<EventMention, Optional<H>> happening) {
        Map<EventMention, H> found = new HashMap<>();
        Map<H, Integer> claims = new HashMap<>();
        for (EventMention event : ofOneArticle) {
            happening.apply(event).ifPresent(h -> {
                found.put(event, h);
                claims.merge(h, 1, Integer::sum);
            });
        }
        found.values().removeIf(h -> claims.get(h) > 1);
        return found;
    }

    /**
     * Lends the undated mentions of {@code byKey} (all the mentions of a store, by key, after
     * {@link YearlessEvents#lend}) that join a happening to that happening's key.
     */
    static void lend(SortedMap<KnowledgeKey, List<Mention>> byKey) {
        Map<Node, List<EventMention>> byPerson = new HashMap<>();
        Map<Node, List<EventMention>> byGraph = new HashMap<>();
        Map<Node, KnowledgeKey> keyOf = new HashMap<>();
        Map<Node, Node> happeningOf = new HashMap<>();
        byKey.forEach((key, mentions) -> {
            if (key.kind() != KnowledgeKey.Kind.EVENTS) {
                return;
            }
            List<EventMention> events = mentions.stream().map(EventMention.class::cast).toList();
            for (List<EventMention> happening : HappeningKnowledge.clusters(events)) {
                for (EventMention event : happening) {
                    keyOf.put(event.mention(), key);
                    happeningOf.put(event.mention(), happening.get(0).mention());
                    event.participants().forEach(p -> byPerson.computeIfAbsent(p, x -> new ArrayList<>()).add(event));
                    byGraph.computeIfAbsent(event.graph(), x -> new ArrayList<>()).add(event);
                }
            }
        });
        List<KnowledgeKey> undatedKeys = byKey.keySet().stream()
                .filter(key -> key.kind() == KnowledgeKey.Kind.UNDATED_EVENTS).toList();
        for (KnowledgeKey key : undatedKeys) {
            List<EventMention> undated = byKey.get(key).stream().map(EventMention.class::cast).toList();
            Map<EventMention, Node> found = happenings(undated, event -> {
                Set<EventMention> candidates = new HashSet<>(byGraph.getOrDefault(event.graph(), List.of()));
                event.participants().forEach(p -> candidates.addAll(byPerson.getOrDefault(p, List.of())));
                return happening(event, candidates, dated -> happeningOf.get(dated.mention()));
            });
            List<Mention> kept = new ArrayList<>();
            for (EventMention event : undated) {
                Node happening = found.get(event);
                if (happening != null) {
                    byKey.computeIfAbsent(keyOf.get(happening), k -> new ArrayList<>()).add(event);
                } else {
                    kept.add(event);
                }
            }
            if (kept.isEmpty()) {
                byKey.remove(key);
            } else {
                byKey.put(key, kept);
            }
        }
    }
}
