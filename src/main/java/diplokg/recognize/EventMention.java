package diplokg.recognize;

import diplokg.fact.Event;
import diplokg.fact.Stated;

/**
 * An event mention; whether its date was written next to it (else it is the article's month, or null); whether it
 * names an event told before ({@code anaphor}); whether it is in the title ({@code headline}).
 */
record EventMention(Stated<Event> stated, boolean dated, boolean anaphor, boolean headline) {

    Event event() {
        return stated.fact();
    }

    /** This mention as one that tells an event of its own, not one told before. */
    EventMention asNew() {
        return new EventMention(stated, dated, false, headline);
    }
}
