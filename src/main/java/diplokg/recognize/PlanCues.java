package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;

/**
 * Whether a sentence tells an event trigger as a plan ({@code dkg:plannedCue} shortly before or after it: "se
 * rendra", "prochaine visite", "a invité ... à effectuer une visite", or holding it: "parvenir à la signature", or
 * later in a noun trigger's clause: "la session du Comité se tiendra"); the planned cues of one sentence, found once.
 * Split from {@link TriggerCues}, which asks it.
 */
final class PlanCues {

    private static final int PLAN_WINDOW = 8;
    /** How long the noun phrase of a trigger may be before an apposition that plans it (a name and its offices). */
    private static final int APPOSITION_WINDOW = 16;
    private static final int CLAUSE_WINDOW = 6;
    /** How far before a noun trigger an occasion cue may stand with its determiner and ordinal ("lors de la 4e"). */
    private static final int OCCASION_WINDOW = 3;
    /** How soon after a comma a verb tells another action than the one resolved ("..., avant d'assister à"). */
    private static final int CLAUSE_VERB_WINDOW = 3;

    private final Sentence sentence;
    private final List<PhraseMatch<Boolean>> plans;
    private final List<PhraseMatch<Boolean>> resolves;
    private final List<PhraseMatch<Boolean>> occasions;

    PlanCues(Lexicon lexicon, Sentence sentence) {
        this.sentence = sentence;
        this.plans = lexicon.plannedCues(CueKind.EVENT).findAll(sentence.tokens());
        this.resolves = lexicon.resolveCues(CueKind.EVENT).findAll(sentence.tokens());
        this.occasions = lexicon.occasionCues(CueKind.EVENT).findAll(sentence.tokens());
    }

    /** The sentence's {@code dkg:occasionCue} matches ("lors de", "au cours de"). */
    List<PhraseMatch<Boolean>> occasions() {
        return occasions;
    }

    /**
     * A plan: a planned cue shortly before the trigger, right after it, or, after a noun trigger, later in its
     * clause before any other verb ("la prochaine session", "le forum sera organisé", "la 11e session du Comité
     * se tiendra").
     */
    boolean planned(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        boolean noun = EventClauses.same(tokens, trigger.start(), trigger.end(), true);
        if (noun && resolved(trigger)) {
            return true;
        }
        for (PhraseMatch<Boolean> cue : plans) {
            if (cue.start() < trigger.start() && cue.end() >= trigger.end()) {
                return true; // a cue that governs the trigger in its own words ("parvenir à la signature")
            }
            boolean before = cue.end() <= trigger.start() && !closedRelative(tokens, cue, trigger)
                    && (trigger.start() - cue.end() <= PLAN_WINDOW || opensSentence(tokens, cue)
                    || governs(tokens, cue, trigger));
            boolean after = cue.start() >= trigger.end() && (cue.start() - trigger.end() <= 1
                    || noun && cue.start() - trigger.end() <= CLAUSE_WINDOW
                    && EventClauses.same(tokens, trigger.end(), cue.start(), true)
                    || noun && inFirstVerbGroup(tokens, trigger, cue) || noun && apposed(tokens, trigger, cue));
            if (before || after && !coordinatedNoun(tokens, trigger, cue) && !circumstance(tokens, trigger, cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue right after the auxiliary that opens the first verb group after a noun trigger that opens its sentence
     * (after determiners or adjectives only), with no punctuation before it: the trigger's predicate is a plan ("la
     * visite du président X en Inde est prévue en juillet", "les entretiens sont prévus"). A cue that is the verb
     * itself ("la visite de X va contribuer à ...") says what a visit told will bring, not that it is planned; "Lors
     * de l'entretien X a invité Y" invites to something else.
     */
    private static boolean inFirstVerbGroup(List<Token> tokens, PhraseMatch<Concept> trigger,
            PhraseMatch<Boolean> cue) {
        boolean subject = tokens.subList(0, trigger.start()).stream().allMatch(t -> t.tag().startsWith("DET")
                || t.tag().startsWith("ADJ") || t.tag().startsWith("NUM"));
        for (int i = trigger.end(); subject && i <= cue.start() && i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            if (tag.startsWith("PUNCT")) {
                return false;
            }
            if (tag.startsWith("VERB") || tag.startsWith("AUX")) {
                return tag.startsWith("AUX") && cue.start() == i + 1;
            }
        }
        return false;
    }

    /**
     * A planning verb before a noun trigger with no other verb between them, however far: the trigger is its object
     * or its purpose ("se rendra au Vietnam à la fin du mois pour une visite officielle", "effectuera, à l'invitation
     * de son homologue, une visite"). A verb trigger is a clause of its own.
     */
    private static boolean governs(List<Token> tokens, PhraseMatch<Boolean> cue, PhraseMatch<Concept> trigger) {
        return tokens.get(cue.end() - 1).isVerb() && EventClauses.same(tokens, trigger.start(), trigger.end(), false)
                && EventClauses.same(tokens, cue.end(), trigger.start(), false);
    }

    /**
     * A noun cue that heads a prepositional phrase after the trigger ("une visite d'État à l'invitation du roi",
     * "des entretiens sur invitation de X"): the occasion of what the trigger tells, not a plan for it; whether the
     * event happened is for its verb to say ("a achevé une visite ...", "effectuera une visite ...").
     */
    private static boolean circumstance(List<Token> tokens, PhraseMatch<Concept> trigger, PhraseMatch<Boolean> cue) {
        int before = cue.start() - 1;
        if (before > trigger.end() && tokens.get(before).tag().startsWith("DET")) {
            before--;
        }
        return tokens.get(cue.start()).tag().equals("NOUN") && before >= trigger.end()
                && tokens.get(before).tag().startsWith("ADP");
    }

    /**
     * A cue inside a relative clause set off by commas that closes before the trigger: "Le Premier ministre, qui se
     * rendra en Inde la semaine prochaine, a reçu ..." plans the journey, not the audience the main clause tells.
     */
    private static boolean closedRelative(List<Token> tokens, PhraseMatch<Boolean> cue, PhraseMatch<Concept> trigger) {
        int open = cue.start() - 1;
        while (open > 0 && !tokens.get(open).text().equals(",")) {
            open--;
        }
        boolean relative = open > 0 && open + 1 < cue.start() && tokens.get(open + 1).tag().startsWith("PRON");
        return relative && tokens.subList(cue.end(), trigger.start()).stream().anyMatch(t -> t.text().equals(","));
    }

    /**
     * A participle, adjective or verb cue after a comma that ends the noun phrase of a noun trigger, right after it or
     * after the one pronoun of a relative clause whose subject the trigger is, with no verb between: an apposition or
     * a relative clause that says the trigger is planned ("la visite d'État du président X, prévue du 15 au 17 juin,
     * ...", "la visite de X, qui se tiendra ..."). "une visite, où il coprésidera la session" plans the session.
     */
    private static boolean apposed(List<Token> tokens, PhraseMatch<Concept> trigger, PhraseMatch<Boolean> cue) {
        int comma = cue.start() - 1;
        if (comma > trigger.end() && tokens.get(comma).tag().startsWith("PRON")) {
            comma--;
        }
        return comma >= trigger.end() && comma - trigger.end() <= APPOSITION_WINDOW
                && tokens.get(comma).text().equals(",") && !tokens.get(cue.start()).tag().equals("NOUN")
                && EventClauses.same(tokens, trigger.end(), comma, true);
    }

    /**
     * A noun trigger after a resolve cue, however far within what was resolved: it names what the parties resolved
     * to do ("ont convenu de renforcer la confiance en améliorant l'efficacité des dialogues"), not an event held. One
     * set as an occasion ("de mettre en œuvre les accords conclus lors de la 4e réunion du Comité") was held before.
     */
    private boolean resolved(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return resolves.stream().anyMatch(r -> r.end() <= trigger.start() && resolvedUpTo(tokens, r.end(),
                trigger.start()))
                && occasions.stream().noneMatch(o -> o.end() <= trigger.start()
                && trigger.start() - o.end() <= OCCASION_WINDOW);
    }

    /**
     * Whether what was resolved still runs over tokens {@code [from, to)}: an auxiliary, a compound tense, ends it
     * ("Ayant décidé d'approfondir leurs liens, les ministres ont présidé la session"), and so does a comma that a verb
     * soon follows, another action told after it ("ont convenu d'accroître les échanges, avant d'assister à la
     * cérémonie"); a comma in a list of what they resolved does not.
     */
    private static boolean resolvedUpTo(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).tag().startsWith("AUX")) {
                return false;
            }
            if (tokens.get(i).text().equals(",")
                    && !EventClauses.same(tokens, i + 1, Math.min(to, i + 1 + CLAUSE_VERB_WINDOW), false)) {
                return false;
            }
        }
        return true;
    }

    /** A cue set off at the head of its sentence ("Selon les prévisions, ..."): it plans all the sentence says. */
    private static boolean opensSentence(List<Token> tokens, PhraseMatch<Boolean> cue) {
        return cue.start() == 0 && cue.end() < tokens.size() && tokens.get(cue.end()).text().equals(",");
    }

    /**
     * A noun joined to the trigger by "et" names another thing, not a plan for the trigger's: "a transmis les
     * salutations et l'invitation du président" conveyed greetings, where "les visites et les entretiens
     * prévus" (a participle, agreeing with both) are planned.
     */
    private static boolean coordinatedNoun(List<Token> tokens, PhraseMatch<Concept> trigger,
            PhraseMatch<Boolean> cue) {
        return tokens.get(cue.start()).tag().equals("NOUN") && tokens.subList(trigger.end(), cue.start())
                .stream().anyMatch(t -> t.tag().equals("CCONJ"));
    }

}
