package diplokg.recognize;

import static diplokg.fact.EventTypes.CONFERENCE;
import static diplokg.fact.EventTypes.MESSAGE;
import static diplokg.fact.EventTypes.VISIT;

import diplokg.lexicon.Concept;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;
import java.util.regex.Pattern;

/** Which of the dates written in an event sentence dates which of its events. Stateless. */
final class EventDates {

    /** How far from its trigger a day, or a month with its year, may date an event (tokens). */
    static final int DAY_WINDOW = 20;
    /**
     * The endings of past participles ("organisée", "mise", "inscrite"); not "-ue" nor "-ie", which present tenses
     * share ("marque", "apprécie").
     */
    private static final Pattern PARTICIPLE = Pattern.compile("(?:é|ée|és|ées|is|ise|ises|ite|ites)$");
    private static final int YEAR_WINDOW = 12;
    /** How many words of a time of day may stand between a date and the comma that sets it off ("dans la soirée"). */
    private static final int TIME_OF_DAY = 3;

    private EventDates() {
    }

    /**
     * The date a trigger owns: the nearest date near it. A visit lasts several days, so it does not take a day that
     * another event of its sentence is nearer to: "a reçu le 17 juin X, en visite de travail" dates the meeting and
     * leaves the visit to the article's month. A range of days dates a stay: a visit at least as near to it, or
     * whose clause it ends, owns it, not talks, even nearer ones ("a présidé le 1er novembre la cérémonie d'accueil
     * de X, en visite officielle du 31 octobre au 2 novembre, avant de s'entretenir avec lui"). A date opening the
     * sentence ("Le 5 mars, ...", "En décembre 2022, ...") reaches, and dates, every event of its sentence.
     */
    static DateMention owned(List<DateMention> written, List<PhraseMatch<Concept>> mentions,
            PhraseMatch<Concept> trigger, Sentence sentence) {
        DateMention best = null;
        boolean bestOwn = false;
        for (DateMention date : written) {
            boolean visit = trigger.value().id().equals(VISIT);
            boolean stay = date.range() && mentions.stream().anyMatch(m -> m.value().id().equals(VISIT)
                    && (stayOf(date, m, sentence) || distance(date, m) <= distance(date, trigger)));
            // "Durant son séjour du 23 au 25 août, il s'est entretenu avec X": talks, a call, a message or a signing
            // take a day, never a range, which is the stay they belong to (or a session's days).
            // "a rencontré les 7 et 8 juillet X", "a reçu du 7 au 8 juillet Y": a range right after the verb of talks
            // dates them, with its first day, unless the sentence tells a stay or a session it may be the range of
            // ("a rencontré du 3 au 7 mai, lors de sa visite officielle au Japon, X").
            // "a eu du 3 au 5 mai des entretiens avec X": a range between the verb and its talks noun is theirs too.
            boolean lasting = visit || trigger.value().id().equals(CONFERENCE)
                    || (afterVerb(date, trigger, sentence) || beforeNoun(date, trigger, sentence))
                    && mentions.stream().noneMatch(m -> m.value().id().equals(VISIT)
                            || m.value().id().equals(CONFERENCE));
            if (date.relative() && visit || reason(date, trigger) || stay && !visit || date.range() && !lasting) {
                continue;
            }
            if (visit && stayOf(date, trigger, sentence)) {
                // "a achevé ce mardi 2 mai sa visite du 29 avril au 2 mai": the stay's range, not its end day.
                return date;
            }
            int distance = distance(date, trigger);
            boolean opening = opens(sentence.tokens(), date, mentions, sentence)
                    || !visit && predicateOf(date, trigger, mentions, sentence);
            // "il y a 15 ans" closes the phrase of what it dates and belongs to no target: it reaches as far as a day.
            // "le mois dernier" reaches as far as a month written alone: in "X a reçu l'ambassadeur Y, qui a pris
            // ses fonctions le mois dernier" it dates the taking of office.
            int window = date.day() > 0 || date.month() > 0 && date.year() > 0 || date.counted() && date.month() >= 0
                    ? DAY_WINDOW : YEAR_WINDOW;
            boolean nearest = opening || visit && (stayOf(date, trigger, sentence) || inPhrase(date, trigger,
                    sentence)) || !visit || mentions.stream()
                    .filter(m -> !m.value().equals(trigger.value())).allMatch(m -> distance(date, m) >= distance);
            boolean own = !opening && inPhrase(date, trigger, sentence);
            // "la célébration du 79e anniversaire de la Fête nationale du Vietnam organisée par l'ambassade à X
            // dans la soirée du 19 septembre": a date in the trigger's own noun phrase reaches it however long it is.
            if ((opening || own || distance <= window) && nearest && (best == null
                    || own && !bestOwn && !opens(sentence.tokens(), best, mentions, sentence)
                    || distance < distance(best, trigger) && !bestOwn)) {
                best = date;
                bestOwn = own;
            }
        }
        return best;
    }

    /**
     * A date after a noun trigger that is its sentence's subject, with no other trigger between them: the date of
     * its predicate, however long the name of the session ("Le congrès de fondation de l'Association ..., relevant de
     * ..., a eu lieu ce mardi 19 avril").
     */
    private static boolean predicateOf(DateMention date, PhraseMatch<Concept> trigger,
            List<PhraseMatch<Concept>> mentions, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean subject = tokens.subList(0, trigger.start()).stream().allMatch(t -> t.tag().startsWith("DET")
                || t.tag().startsWith("ADJ") || t.tag().startsWith("NUM"))
                && EventClauses.same(tokens, trigger.start(), trigger.end(), true);
        return subject && date.first() >= trigger.end() && mentions.stream()
                .noneMatch(m -> m.start() >= trigger.end() && m.start() < date.first());
    }

    /**
     * A date in the noun phrase of a noun trigger, after it with no verb nor punctuation between: "en 2013, à
     * l'occasion de la visite de X en Italie en janvier 2013" dates the visit by its own phrase's date, not the
     * nearer one set off before it, which belongs to the clause the visit is the occasion of.
     */
    private static boolean inPhrase(DateMention date, PhraseMatch<Concept> trigger, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return date.first() >= trigger.end() && !date.relative()
                && EventClauses.same(tokens, trigger.start(), trigger.end(), true)
                && nounPhrase(tokens, trigger.end(), date.first());
    }

    /**
     * No auxiliary, punctuation nor verb among tokens {@code [from, to)} but a participle right after a noun or an
     * adjective, which describes it: "la conférence de coopération décentralisée à Hanoï en avril 2023", "la
     * réunion organisée à Rome en mai".
     */
    private static boolean nounPhrase(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String tag = tokens.get(i).tag();
            boolean described = i > 0 && (tokens.get(i - 1).tag().startsWith("NOUN")
                    || tokens.get(i - 1).tag().startsWith("PROPN") || tokens.get(i - 1).tag().startsWith("ADJ"));
            if (tag.startsWith("AUX") || tag.startsWith("PUNCT")
                    || tag.startsWith("VERB") && !(described && participle(tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A verb in the form of a past participle ("organisée", "mise"): a finite verb after a noun ("la visite
     * du président X marque une étape") ends its phrase.
     */
    static boolean participle(Token token) {
        return PARTICIPLE.matcher(token.text()).find();
    }

    /** A date right after a verb trigger, past its article or preposition only ("a reçu du 7 au 8 juillet"). */
    private static boolean afterVerb(DateMention date, PhraseMatch<Concept> trigger, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (EventClauses.same(tokens, trigger.start(), trigger.end(), true) || date.first() < trigger.end()
                || date.first() - trigger.end() > 1) {
            return false;
        }
        return EventClauses.linkWordsOnly(tokens, trigger.end(), date.first());
    }

    /**
     * A range right after a verb and right before a noun trigger, past its article only: the object of the verb
     * ("a eu du 3 au 5 mai des entretiens avec X", "ont tenu les 7 et 8 juillet des pourparlers").
     */
    private static boolean beforeNoun(DateMention date, PhraseMatch<Concept> trigger, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        // the range's own preposition or article ("du", "les") may stand between the verb and its first day
        int verb = date.first() - 1;
        if (verb > 0 && tokens.get(verb).tag().contains("DET")) {
            verb--;
        }
        if (verb < 0 || date.end() > trigger.start() || trigger.start() - date.end() > 1
                || !tokens.get(verb).tag().startsWith("VERB")
                || !tokens.get(trigger.start()).tag().startsWith("NOUN")) {
            return false;
        }
        return tokens.subList(date.end(), trigger.start()).stream().allMatch(t -> t.tag().contains("DET"));
    }

    /** A range written in the clause of a visit, after it ("en visite officielle au Vietnam du 9 au 13 avril"). */
    private static boolean stayOf(DateMention date, PhraseMatch<Concept> visit, Sentence sentence) {
        return date.range() && visit.end() <= date.first()
                && EventClauses.same(sentence.tokens(), visit.end(), date.first(), true);
    }

    /**
     * A year alone after congratulations dates their reason, not the message: "a félicité X pour sa victoire aux
     * élections de 2024".
     */
    private static boolean reason(DateMention date, PhraseMatch<Concept> trigger) {
        return trigger.value().id().equals(MESSAGE) && date.month() == 0 && !date.relative()
                && date.first() >= trigger.end();
    }

    /**
     * A date set off by a comma before the first verb ("Le 5 mars, ...", "La veille, mardi 16 mai, ..."); a day written
     * in full takes the time of day it may carry before the comma with it ("Le 5 mars au soir, ...", "Le 5 mars dans
     * l'après-midi, ..."), not a relative one, whose words after it say what it is relative to ("À la veille de son
     * arrivée, ...").
     */
    private static boolean opens(List<Token> tokens, DateMention date) {
        int comma = date.end();
        while (date.day() > 0 && !date.relative() && comma < tokens.size() && comma - date.end() <= TIME_OF_DAY
                && !tokens.get(comma).tag().startsWith("PUNCT")) {
            comma++;
        }
        return comma < tokens.size() && comma - date.end() <= TIME_OF_DAY && tokens.get(comma).text().equals(",")
                && EventClauses.same(tokens, 0, comma, false);
    }

    /**
     * A date that {@link #opens} its sentence and is no noun trigger's own: "la visite de X en novembre 2022, ainsi que
     * la conférence de Hanoï en mai 2023 ont ..." sets no date off for the whole sentence, its comma ends the phrase
     * of a visit that opens a list of subjects. A trigger in a phrase after a preposition ("Lors de sa visite le 5
     * mars, X a rencontré Y") leaves the date to the sentence.
     */
    private static boolean opens(List<Token> tokens, DateMention date, List<PhraseMatch<Concept>> mentions,
            Sentence sentence) {
        return opens(tokens, date) && mentions.stream().noneMatch(m -> m.end() <= date.first()
                && inPhrase(date, m, sentence) && headsClause(tokens, m));
    }

    /** Whether a noun trigger's phrase starts its sentence or follows a comma, with determiners only before it. */
    private static boolean headsClause(List<Token> tokens, PhraseMatch<Concept> trigger) {
        int start = trigger.start();
        while (start > 0 && tokens.get(start - 1).tag().startsWith("DET")) {
            start--;
        }
        return start == 0 || tokens.get(start - 1).text().equals(",");
    }

    private static int distance(DateMention date, PhraseMatch<Concept> trigger) {
        return date.end() <= trigger.start() ? trigger.start() - date.end() : Math.abs(date.first() - trigger.end());
    }
}
