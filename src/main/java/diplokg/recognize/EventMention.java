package diplokg.recognize;

import static diplokg.fact.EventTypes.VISIT;

import diplokg.fact.Event;
import diplokg.fact.Stated;
import java.util.List;

/**
 * An event mention; whether its date was written next to it (else it is the article's month, or null); whether it
 * names an event told before ({@code anaphor}); whether it is in the title ({@code headline}); whether it is a welcome
 * ceremony ({@code ceremony}: "la cérémonie d'accueil", "a accueilli X lors d'une cérémonie officielle"), which the
 * contract counts as a meeting apart from the talks that follow it.
 */
record EventMention(Stated<Event> stated, boolean dated, boolean anaphor, boolean headline, boolean ceremony) {

    /** A mention that is no ceremony. */
    EventMention(Stated<Event> stated, boolean dated, boolean anaphor, boolean headline) {
        this(stated, dated, anaphor, headline, false);
    }

    Event event() {
        return stated.fact();
    }

    /**
     * The event told last of non-empty {@code events}; a visit told in the sentence of the event before it is that
     * event's frame ("X a reçu Y dans le cadre de sa visite officielle"), so the event told last is the other one.
     */
    static EventMention lastTold(List<EventMention> events) {
        EventMention last = events.get(events.size() - 1);
        if (events.size() > 1 && last.event().type().equals(VISIT)) {
            EventMention before = events.get(events.size() - 2);
            return before.stated().sentence() == last.stated().sentence() ? before : last;
        }
        return last;
    }

    /** This mention on the date of {@code other}, as told with no date of its own. */
    EventMention on(EventMention other) {
        Event event = event();
        Stated<Event> at = new Stated<>(new Event(event.type(), other.event().date(), event.place(),
                event.participants()), stated.sentence(), stated.start(), stated.end());
        return new EventMention(at, dated, anaphor, headline, ceremony);
    }

    /** This mention as one that tells an event of its own, not one told before. */
    EventMention asNew() {
        return new EventMention(stated, dated, false, headline, ceremony);
    }
}
