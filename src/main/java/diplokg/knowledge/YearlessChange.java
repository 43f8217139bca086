package diplokg.knowledge;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * What a write changes that may give a yearless event mention ({@link YearlessEvents}) another year: the mentions it
 * writes. A write that only adds articles moves a yearless mention only when it is one of them or when one of its
 * dated events could date it (same day or same month, and it fits); any write that replaces or removes an article
 * may have taken away the event that dated one, so it may move them all.
 *
 * @param anything whether every yearless mention may move
 * @param written  the event mentions the write adds, by IRI
 * @param dated    those of them dated with a year, to a day or a month
 */
record YearlessChange(boolean anything, Set<Node> written, List<EventMention> dated) {

    /** A write after which any yearless mention may have another year. */
    static final YearlessChange ANY = new YearlessChange(true, Set.of(), List.of());

    YearlessChange {
        written = Set.copyOf(written);
        dated = List.copyOf(dated);
    }

    /** The change of a write that adds the article graphs holding {@code mentions} and changes nothing else. */
    static YearlessChange adding(List<Mention> mentions) {
        List<EventMention> events = mentions.stream().filter(EventMention.class::isInstance)
                .map(EventMention.class::cast).toList();
        return new YearlessChange(false, events.stream().map(EventMention::mention).collect(Collectors.toSet()),
                events.stream().filter(YearlessEvents::canDate).toList());
    }

    /** Whether the write may give {@code yearless} another year than the stored graph gives it. */
    boolean mayMove(EventMention yearless) {
        return anything || written.contains(yearless.mention())
                || dated.stream().anyMatch(event -> YearlessEvents.couldDate(event, yearless));
    }
}
