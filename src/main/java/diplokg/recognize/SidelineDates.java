package diplokg.recognize;

import static diplokg.fact.EventTypes.VISIT;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Token;
import java.util.List;
import java.util.function.Predicate;

/**
 * The date of an event held on the sidelines of a session ({@code dkg:sidelineCue} "en marge de"): "une rencontre
 * tenue en marge de la Conférence des Nations unies, organisée à Nice (France) le 8 juin 2025", "une rencontre entre
 * X et Y en marge du 12e sommet Asie-Europe (ASEM) en 2018". The session is only the setting ({@link
 * TriggerCues#isSetting}), but the event took place while it was held, so the date written in the session's phrase,
 * however long its name and its gloss, dates the event when nothing nearer does. Not a visit ("en marge de sa
 * visite" frames other events); only words that describe the session stand between the cue and the date: no finite
 * verb, no trigger but the session's own. Not the session's range of days ("en marge du forum, du 5 au 7 mai"),
 * which does not say which day the event took; the year it was founded ("créé en 2002") is no event's date at all
 * ({@link TriggerCues#eventDates}). Thread-safe.
 */
final class SidelineDates {

    /** How far after the sideline cue the session's date may stand (tokens): a long name, a place and its gloss. */
    private static final int WINDOW = 20;

    private final PhraseTable<Boolean> sidelines;

    SidelineDates(Lexicon lexicon) {
        this.sidelines = lexicon.sidelineCues(CueKind.EVENT);
    }

    /**
     * The date of the session on whose sidelines {@code trigger} was held, or null. {@code setting} tells the
     * triggers that name a session as a setting.
     */
    DateMention of(PhraseMatch<Concept> trigger, List<DateMention> written, List<PhraseMatch<Concept>> mentions,
            Predicate<PhraseMatch<Concept>> setting, List<Token> tokens) {
        if (trigger.value().id().equals(VISIT)) {
            return null;
        }
        for (PhraseMatch<Boolean> cue : sidelines.findAll(tokens)) {
            if (cue.start() < trigger.end() || !sameClause(tokens, trigger.end(), cue.start())
                    || mentions.stream().anyMatch(m -> m != trigger && !setting.test(m)
                    && m.start() >= trigger.end() && m.start() < cue.start())) {
                continue;
            }
            for (DateMention date : written) {
                if (date.first() >= cue.end() && date.first() - cue.end() <= WINDOW && !date.relative()
                        && describes(tokens, cue.end(), date.first()) && mentions.stream()
                        .noneMatch(m -> !setting.test(m) && m.start() >= cue.end() && m.start() < date.first())) {
                    return date.range() ? null : date;
                }
            }
        }
        return null;
    }

    /**
     * Whether no auxiliary nor punctuation stands among tokens {@code [from, to)}: the trigger and the cue are in one
     * clause ("a rencontré X en marge de", "une rencontre tenue en marge de").
     */
    private static boolean sameClause(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream()
                .noneMatch(t -> t.tag().startsWith("AUX") || t.tag().startsWith("PUNCT"));
    }

    /**
     * Whether tokens {@code [from, to)} only name and describe the session: no auxiliary, no verb but a past
     * participle ("organisée"), no punctuation but commas and parentheses ("à Nice (France)").
     */
    private static boolean describes(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            String tag = token.tag();
            boolean mark = token.text().equals(",") || token.text().equals("(") || token.text().equals(")");
            if (tag.startsWith("AUX") || tag.startsWith("VERB") && !EventDates.participle(token)
                    || tag.startsWith("PUNCT") && !mark) {
                return false;
            }
        }
        return true;
    }
}
