package diplokg.recognize;

import diplokg.fact.Event;
import diplokg.fact.Official;
import diplokg.fact.Stated;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Sentence;
import java.util.List;

/**
 * Events told again for other people by a phrase that names no event ({@code dkg:repeatCue} of {@code dkg:Event}:
 * "a fait de même", "en a fait autant"): "Le Premier ministre a adressé un message de félicitations à Y. Le même
 * jour, le ministre des Affaires étrangères a fait de même auprès de Z" is a second message, from the minister to Z.
 * The new event has the type of the event told just before, the people its own sentence names, and the date its
 * sentence writes (a relative day counted from the last dated event) or else the date of that event. Thread-safe.
 */
final class EventRepeats {

    private final PhraseTable<Boolean> cues;
    private final DateReader dates;

    EventRepeats(Lexicon lexicon, DateReader dates) {
        this.cues = lexicon.repeatCues(CueKind.EVENT);
        this.dates = dates;
    }

    /**
     * The event {@code sentence} repeats, or null when it has no repeat cue or no event was told before.
     *
     * @param last the event told just before, whose type the repeat takes
     * @param anchor the date of the last event told with its date written, what a relative day counts from
     * @param articleYear the article's year, for a day written without one (0 when unknown)
     * @param articleMonth the article's month (0 when unknown)
     */
    Stated<Event> repeated(Sentence sentence, Event last, String anchor, List<Official> officials, int articleYear,
            int articleMonth) {
        List<PhraseMatch<Boolean>> found = cues.findAll(sentence.tokens());
        if (found.isEmpty() || last == null) {
            return null;
        }
        String date = last.date();
        for (DateMention written : dates.recognize(sentence)) {
            if (!written.relative()) {
                date = written.iso(articleYear, articleMonth);
                break;
            }
            if (anchor != null) {
                date = written.after(anchor);
                break;
            }
        }
        Event event = new Event(last.type(), date, null, EventParticipants.named(sentence, officials));
        PhraseMatch<Boolean> cue = found.get(0);
        return Evidence.words(event, sentence, cue.start(), cue.end());
    }
}
