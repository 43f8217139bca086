package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Further days an event's clause coordinates after the day that dates it: "a rencontré le lundi 3 décembre X, puis
 * le 4 décembre Y", "a été reçu le 3 par X et le 4 par Y" tell one event a day, not one event with the first day.
 * Stateless.
 */
final class ConsecutiveDays {

    /** How many words may stand between the coordination and the day ("puis, le mardi 4"). */
    private static final int LINK = 3;

    private ConsecutiveDays() {
    }

    /**
     * The days after {@code date} (a single day that dates {@code trigger}) in the trigger's clause: full days, after
     * no verb and no other trigger, each opened by a coordination or a comma, within a few words of articles or
     * weekdays. Empty when {@code date} is no single day.
     */
    static List<DateMention> later(List<DateMention> written, List<PhraseMatch<Concept>> triggers,
            PhraseMatch<Concept> trigger, DateMention date, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<DateMention> later = new ArrayList<>();
        if (date == null || date.day() == 0 || date.relative() || date.range()) {
            return later;
        }
        int from = Math.max(trigger.end(), date.end());
        for (DateMention day : written) {
            if (day.first() < from || day.day() == 0 || day.relative() || day.range()
                    || !EventClauses.same(tokens, from, day.first(), false)
                    || triggers.stream().anyMatch(t -> t.start() >= trigger.end() && t.start() < day.first())
                    || !coordinated(tokens, day.first(), from)) {
                continue;
            }
            later.add(day);
            from = day.end();
        }
        return later;
    }

    /**
     * The months or years after {@code date} (a month or a year that dates {@code trigger}) that a plural noun
     * trigger coordinates in its clause: "deux visites en mars 2012 et en mai 2017" recalls a visit at each date.
     * Empty when the trigger is no noun in the plural after its determiner or number, or {@code date} gives a day.
     */
    static List<DateMention> recalled(List<DateMention> written, List<PhraseMatch<Concept>> triggers,
            PhraseMatch<Concept> trigger, DateMention date, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<DateMention> later = new ArrayList<>();
        if (date == null || !coarse(date) || !plural(tokens, trigger)) {
            return later;
        }
        int from = Math.max(trigger.end(), date.end());
        for (DateMention other : written) {
            if (other.first() < from || !coarse(other) || !EventClauses.same(tokens, from, other.first(), false)
                    || triggers.stream().anyMatch(t -> t.start() >= trigger.end() && t.start() < other.first())
                    || !joined(tokens, other.first(), from) || !closesClause(tokens, other.end())) {
                continue;
            }
            later.add(other);
            from = other.end();
        }
        return later;
    }

    /** A written month of a year, or a year alone: no day, no range, nothing relative. */
    private static boolean coarse(DateMention date) {
        return date.day() == 0 && date.year() > 0 && !date.relative() && !date.range();
    }

    /** A noun trigger in the plural after a determiner or a number: "deux visites", "des visites". */
    private static boolean plural(List<Token> tokens, PhraseMatch<Concept> trigger) {
        String before = trigger.start() > 0 ? tokens.get(trigger.start() - 1).tag() : "";
        return (before.startsWith("DET") || before.startsWith("NUM")) && EventClauses.pluralNoun(tokens, trigger);
    }

    /**
     * Whether punctuation or the sentence's end follows token {@code end}: in "deux visites en 2014 et en 2019 a
     * participé au sommet", the second date opens a clause of its own.
     */
    private static boolean closesClause(List<Token> tokens, int end) {
        return end >= tokens.size() || tokens.get(end).tag().startsWith("PUNCT");
    }

    /**
     * "et" right before {@code day} or before its preposition ("et en mai 2017"), after {@code from}, with no comma
     * before it: "deux visites en 2014, et en 2019 il a reçu X" coordinates clauses.
     */
    private static boolean joined(List<Token> tokens, int day, int from) {
        for (int k = day - 1; k >= Math.max(from, day - 2); k--) {
            Token token = tokens.get(k);
            if (token.tag().equals("CCONJ")) {
                return k == 0 || !tokens.get(k - 1).text().equals(",");
            }
            if (!token.tag().startsWith("ADP")) {
                return false;
            }
        }
        return false;
    }

    /** Where the clause that goes on at {@code from} ends: its next verb, or the sentence's end. */
    static int nextVerb(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !tokens.get(end).isVerb()) {
            end++;
        }
        return end;
    }

    /** A conjunction, an adverb ("puis") or a comma a few words before {@code day}, after {@code from}. */
    private static boolean coordinated(List<Token> tokens, int day, int from) {
        for (int k = day - 1; k >= Math.max(from, day - LINK); k--) {
            Token token = tokens.get(k);
            if (token.tag().equals("CCONJ") || token.tag().startsWith("ADV") || token.text().equals(",")) {
                return true;
            }
            if (!token.tag().startsWith("DET") && !token.tag().startsWith("NOUN")) {
                return false;
            }
        }
        return false;
    }
}
