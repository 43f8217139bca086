package diplokg.recognize;

import static diplokg.fact.EventTypes.MESSAGE;
import static diplokg.fact.EventTypes.VISIT;

import diplokg.lexicon.Concept;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;

/**
 * Where an event's date reaches beyond {@link EventDates#owned}, and where it does not: a date in the trigger's own
 * clause however far, none past a verb for a visit in an apposition. Stateless.
 */
final class DateReach {

    /** How far after its trigger a date {@link #inOwnClause} reads may stand at least: beyond a year's reach. */
    private static final int REACH = 12;

    private DateReach() {
    }

    /**
     * The date, beyond the usual reach, written after a trigger with no verb, no other trigger and no status word
     * ("depuis") between them, however long the names between: "a rencontré le premier secrétaire du Parti ... et
     * président X à Rio le 6 juillet", "la visite du secrétaire général du Parti ... X à Cuba en 2024"; null when
     * there is none. Only dates beyond the usual reach: a nearer one {@link EventDates#owned} left had its reason (a
     * message's reason, a range a visit owns). Not a message's (its date after it may be its reason's), nor a range
     * for anything but a visit, nor a day for a visit another trigger is nearer to.
     */
    static DateMention inOwnClause(List<DateMention> written, List<PhraseMatch<Concept>> mentions,
            PhraseMatch<Concept> trigger, Sentence sentence, List<PhraseMatch<Concept>> statuses) {
        List<Token> tokens = sentence.tokens();
        String type = trigger.value().id();
        if (type.equals(MESSAGE)) {
            return null;
        }
        for (DateMention date : written) {
            int distance = date.first() - trigger.end();
            boolean visit = type.equals(VISIT);
            if (distance > REACH && !date.relative() && (visit || !date.range())
                    && (!visit || mentions.stream().allMatch(m -> m == trigger || m.end() <= date.first()
                    && date.first() - m.end() >= distance || m.start() >= date.end()
                    && m.start() - date.end() >= distance))
                    && EventClauses.same(tokens, trigger.end(), date.first(), false)
                    && mentions.stream().noneMatch(m -> m.start() >= trigger.end() && m.start() < date.first())
                    && statuses.stream().noneMatch(s -> s.start() >= trigger.end() && s.start() < date.first())) {
                return date;
            }
        }
        return null;
    }

    /**
     * A visit in an apposition ("X, en visite en Corée, et Y ont convenu le 21 juin de ...") with a date written after
     * a verb that follows it: the date of what the sentence tells the visitor did, not of the visit, which takes the
     * article's month, as a visit in an apposition after a dated audience does.
     */
    static boolean apposedVisit(PhraseMatch<Concept> trigger, DateMention date, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return trigger.value().id().equals(VISIT) && trigger.start() > 0
                && tokens.get(trigger.start() - 1).text().equals(",") && date.first() >= trigger.end()
                && !EventClauses.same(tokens, trigger.end(), date.first(), false);
    }
}
