package diplokg.recognize;

import static diplokg.fact.EventTypes.MEETING;
import static diplokg.fact.EventTypes.MESSAGE;
import static diplokg.fact.EventTypes.PHONE_CALL;
import static diplokg.fact.EventTypes.SIGNING;

import diplokg.lexicon.Concept;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.Token;
import java.util.List;

/**
 * Where the clauses of an event sentence begin and end, from the tags of its tokens, and what that says of its
 * triggers. Stateless.
 */
final class EventClauses {

    /** How many words other than a date's may stand between a verb and the noun of its object ("les", "de vifs"). */
    private static final int OBJECT_WINDOW = 3;
    /** How far after talks the words that make them a call may come: "s'est entretenu, ce vendredi, par téléphone". */
    private static final int PHONE_WINDOW = 6;

    private EventClauses() {
    }

    /** A noun trigger (no verb in it) whose last word is in the plural: "visites", "entretiens", "travaux". */
    static boolean pluralNoun(List<Token> tokens, PhraseMatch<Concept> trigger) {
        String last = tokens.get(trigger.end() - 1).folded();
        return same(tokens, trigger.start(), trigger.end(), true) && (last.endsWith("s") || last.endsWith("x"));
    }

    /** Whether tokens {@code [from, to)} are determiners only ("la", "sa"), or none; false when {@code from > to}. */
    static boolean determinersOnly(List<Token> tokens, int from, int to) {
        return from <= to && tokens.subList(from, to).stream().allMatch(t -> t.tag().startsWith("DET"));
    }

    /** Whether tokens {@code [from, to)} are determiners and prepositions only ("de la", "du"), or none. */
    static boolean linkWordsOnly(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().allMatch(t -> t.tag().startsWith("DET") || t.tag().startsWith("ADP"));
    }

    /** No verb nor auxiliary (nor punctuation, when {@code punctuation}) among tokens {@code [from, to)}. */
    static boolean same(List<Token> tokens, int from, int to, boolean punctuation) {
        for (int i = from; i < to; i++) {
            String tag = tokens.get(i).tag();
            if (tag.startsWith("VERB") || tag.startsWith("AUX") || punctuation && tag.startsWith("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A noun trigger in a phrase that opens its sentence on a preposition and is set off by a comma before the first
     * verb ("Au cours de la séance de travail, ...", "Pendant l'audience, ...", "Lors de la réunion, ..."): the
     * setting of what the sentence says, an event told before, not a new one.
     */
    static boolean opening(List<Token> tokens, PhraseMatch<Concept> trigger) {
        // "Lors de" is tagged an adverb and a preposition.
        boolean preposition = tokens.get(0).tag().startsWith("ADP")
                || tokens.size() > 1 && tokens.get(0).tag().startsWith("ADV") && tokens.get(1).tag().startsWith("ADP");
        if (!preposition || !same(tokens, 0, trigger.end(), false)) {
            return false;
        }
        for (int i = trigger.end(); i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",")) {
                return same(tokens, trigger.end(), i, false);
            }
        }
        return false;
    }

    /**
     * Talks that a call word later in their clause makes a call: "s'est entretenu, ce vendredi, par téléphone avec X"
     * is one phone call, not a meeting too.
     */
    static boolean byPhone(List<PhraseMatch<Concept>> found, PhraseMatch<Concept> trigger, List<Token> tokens) {
        return trigger.value().id().equals(MEETING) && found.stream().anyMatch(m -> m.value().id().equals(PHONE_CALL)
                && m.start() >= trigger.end() && m.start() - trigger.end() <= PHONE_WINDOW
                && same(tokens, trigger.end(), m.start(), false));
    }

    /**
     * Whether tokens {@code [from, to)} open a relative clause: a comma and a pronoun ("..., qui est venu ..."), the
     * clause describing what the words before it name.
     */
    static boolean relative(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (tokens.get(i).text().equals(",") && tokens.get(i + 1).tag().startsWith("PRON")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A message or letter said to be signed ("Les messages de félicitations des dirigeants vietnamiens ont été signés
     * par X", "une lettre signée par le président") was sent, not a document of a signing ceremony: a signing word
     * whose subject, in its clause, is a message is no signing.
     */
    static boolean signedMessage(List<PhraseMatch<Concept>> found, PhraseMatch<Concept> trigger,
            List<Token> tokens) {
        return trigger.value().id().equals(SIGNING) && found.stream().anyMatch(m -> m.value().id().equals(MESSAGE)
                && m.end() <= trigger.start() && tokens.subList(m.end(), trigger.start()).stream()
                .noneMatch(t -> t.tag().startsWith("VERB") || t.tag().startsWith("PUNCT")));
    }

    /**
     * A meeting verb whose object is a message took the message in, it held no audience: "a reçu les messages de
     * félicitations de X", "a reçu le 3 mai des lettres de X". Only determiners, adjectives, numbers and the words
     * of a date may stand between the verb and the message; "a reçu l'ambassadeur, porteur d'un message" is an
     * audience.
     */
    static boolean receivesMessage(List<PhraseMatch<Concept>> found, PhraseMatch<Concept> trigger,
            List<Token> tokens, List<DateMention> dates) {
        return trigger.value().id().equals(MEETING) && found.stream()
                .anyMatch(m -> m.value().id().equals(MESSAGE) && objectOf(trigger, m, tokens, dates));
    }

    /** Whether the message {@code trigger} is the object of a meeting verb ({@link #receivesMessage}). */
    static boolean received(List<PhraseMatch<Concept>> found, PhraseMatch<Concept> trigger, List<Token> tokens,
            List<DateMention> dates) {
        return trigger.value().id().equals(MESSAGE) && found.stream()
                .anyMatch(m -> m.value().id().equals(MEETING) && objectOf(m, trigger, tokens, dates));
    }

    private static boolean objectOf(PhraseMatch<Concept> verb, PhraseMatch<Concept> noun, List<Token> tokens,
            List<DateMention> dates) {
        if (verb.end() > noun.start() || !tokens.get(verb.end() - 1).tag().startsWith("VERB")) {
            return false;
        }
        int words = 0;
        for (int i = verb.end(); i < noun.start(); i++) {
            int at = i;
            if (dates.stream().anyMatch(d -> d.first() <= at && at < d.end())) {
                continue;
            }
            String tag = tokens.get(i).tag();
            if (!(tag.contains("DET") || tag.startsWith("ADJ") || tag.startsWith("NUM")) || ++words > OBJECT_WINDOW) {
                return false;
            }
        }
        return true;
    }
}
