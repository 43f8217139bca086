package diplokg.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * An event as one article reports it.
 *
 * @param mention      the article graph's {@code dkg:Event}
 * @param graph        the article graph
 * @param date         the date as written ({@code 2024-11-13}, {@code 2024-11}, {@code 2024}), or null
 * @param place        the city as written, or null
 * @param participants the people taking part
 * @param states       the pair of states the event is between: the states the participants serve in that article,
 *                     with the partners of the relation the article is about when they serve fewer than two
 * @param served       the states the participants serve in that article (empty when nobody's is known)
 * @param sentences    the evidence
 * @param names        each participant's name as the article spells it (the first in code-point order when it gives
 *                     several); a participant the article names nowhere has none
 * @param servedBy     the states each participant serves in that article (every {@code dkg:holds/dkg:forState}); a
 *                     participant the article gives no office of has none
 */
record EventMention(Node mention, Node graph, Node article, Node type, String date, String place,
                    Set<Node> participants, Set<Node> states, Set<Node> served, List<Node> sentences,
                    Map<Node, String> names, Map<Node, Set<Node>> servedBy)
        implements Mention {

    EventMention {
        participants = Set.copyOf(participants);
        states = Set.copyOf(states);
        served = Set.copyOf(served);
        sentences = List.copyOf(sentences);
        names = Map.copyOf(names);
        servedBy = servedBy.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** A mention whose participants' offices are not told apart (tests of rules that only their union feeds). */
    EventMention(Node mention, Node graph, Node article, Node type, String date, String place,
                 Set<Node> participants, Set<Node> states, Set<Node> served, List<Node> sentences,
                 Map<Node, String> names) {
        this(mention, graph, article, type, date, place, participants, states, served, sentences, names, Map.of());
    }

    /** A mention whose participants' names are not known (tests of the clustering rules, which names do not feed). */
    EventMention(Node mention, Node graph, Node article, Node type, String date, String place,
                 Set<Node> participants, Set<Node> states, Set<Node> served, List<Node> sentences) {
        this(mention, graph, article, type, date, place, participants, states, served, sentences, Map.of(),
                Map.of());
    }

    /**
     * Events dated to a day or a month group by month, those dated by a year alone by year, those dated by a day
     * without a year by the month of the year ({@link YearlessEvents}); others per article.
     */
    @Override
    public KnowledgeKey key() {
        if (ArticleDate.isDay(date)) {
            return KnowledgeKey.events(date.substring(0, 7));
        }
        if (YearlessEvents.isYearless(date)) {
            return KnowledgeKey.events(YearlessEvents.monthOfYear(date));
        }
        if (ArticleDate.isMonth(date) || ArticleDate.isYear(date)) {
            return KnowledgeKey.events(date);
        }
        return KnowledgeKey.undatedEvents(graph);
    }

    /** This yearless mention dated in {@code year}: {@code --12-11} in 2025 is {@code 2025-12-11}. */
    EventMention inYear(String year) {
        return new EventMention(mention, graph, article, type, year + date.substring(1), place, participants, states,
                served, sentences, names, servedBy);
    }
}
