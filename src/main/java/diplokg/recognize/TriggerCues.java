package diplokg.recognize;

import static diplokg.fact.EventTypes.CONFERENCE;
import static diplokg.fact.EventTypes.MEETING;
import static diplokg.fact.EventTypes.SIGNING;
import static diplokg.fact.EventTypes.VISIT;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;

/**
 * What one sentence says around its event triggers, found once, and which triggers it cancels: a trigger in an
 * excluded phrase ("conférence de presse", "mécanisme de dialogue", "s'est félicité"), in a longer sector phrase
 * ("dialogue politique") or after an anniversary count ("les 30 ans de la signature du traité") is no event; nor is a
 * plan ({@link PlanCues}), nor a summit named as the
 * setting of something else ("sa participation au sommet"). Also which of the sentence's dates may date an event.
 */
final class TriggerCues {

    private static final int ANNIVERSARY_WINDOW = 4;
    private static final int CLAUSE_WINDOW = 6;
    private static final int SETTING_WINDOW = 4;
    private static final int FRAME_WINDOW = 6;
    /** How far after a recall word the date that ends its phrase may stand ("depuis l'établissement des ..."). */
    private static final int SINCE_WINDOW = 12;
    /** How far after a meeting verb the person it receives is named ("accueille le nouvel ambassadeur"). */
    private static final int OBJECT_WINDOW = 5;
    /** The most words of a state's or a city's name ("République démocratique populaire lao"). */
    private static final int PLACE_WORDS = 6;

    private final Lexicon lexicon;
    private final Sentence sentence;
    private final List<PhraseMatch<Boolean>> excludedPhrases;
    private final List<PhraseMatch<Boolean>> pressPhrases;
    private final PlanCues plans;
    private final AppraisedSignings appraised;
    private final List<PhraseMatch<Boolean>> settingCues;
    private final List<PhraseMatch<Concept>> sectorPhrases;
    private final List<PhraseMatch<Concept>> statuses;
    private final List<PhraseMatch<Boolean>> foundings;
    private final List<PhraseMatch<Concept>> documents;
    private final List<PhraseMatch<Boolean>> demonstratives;
    private final List<PhraseMatch<Boolean>> indefinites;
    private final ReportDates reports;
    private final List<PhraseMatch<Boolean>> frameNouns;
    private final List<PhraseMatch<Boolean>> additions;
    private final PhraseTable<Concept> roles;
    private final List<PhraseMatch<Boolean>> arrivals;
    private final List<PhraseMatch<Boolean>> ceremonies;
    private final List<PhraseMatch<Boolean>> severals;
    private final boolean respective;
    private final boolean joint;

    TriggerCues(Lexicon lexicon, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        this.lexicon = lexicon;
        this.sentence = sentence;
        this.excludedPhrases = lexicon.excludedPhrases(CueKind.EVENT).findAll(tokens);
        this.pressPhrases = lexicon.pressCues(CueKind.EVENT).findAll(tokens);
        this.plans = new PlanCues(lexicon, sentence);
        this.settingCues = lexicon.cues(CueKind.EVENT).findAll(tokens);
        this.sectorPhrases = lexicon.vocabulary(Scheme.SECTORS).phrases().findAll(tokens);
        this.statuses = lexicon.vocabulary(Scheme.STATUSES).phrases().findAll(tokens);
        this.foundings = lexicon.foundingCues(CueKind.EVENT).findAll(tokens);
        this.documents = lexicon.vocabulary(Scheme.AGREEMENT_TYPES).phrases().findAll(tokens);
        this.demonstratives = lexicon.anaphorCues(CueKind.EVENT).findAll(tokens);
        this.indefinites = lexicon.newCues(CueKind.EVENT).findAll(tokens);
        this.reports = new ReportDates(lexicon);
        this.frameNouns = lexicon.frameCues(CueKind.EVENT).findAll(tokens);
        this.additions = lexicon.additionCues(CueKind.EVENT).findAll(tokens);
        this.roles = lexicon.vocabulary(Scheme.ROLES).phrases();
        this.arrivals = lexicon.arrivalCues(CueKind.EVENT).findAll(tokens);
        this.ceremonies = lexicon.ceremonyCues(CueKind.EVENT).findAll(tokens);
        this.severals = lexicon.severalCues(CueKind.EVENT).findAll(tokens);
        this.respective = !lexicon.respectiveCues(CueKind.EVENT).findAll(tokens).isEmpty();
        this.joint = !lexicon.jointCues(CueKind.EVENT).findAll(tokens).isEmpty();
        this.appraised = new AppraisedSignings(lexicon, sentence, plans.occasions(), settingCues, ceremonies);
    }

    /**
     * A signing noun judged, not told ({@link AppraisedSignings}): "a hautement apprécié la signature d'un accord",
     * with nothing in the sentence that places it; {@code dates} are the sentence's, {@code found} its triggers.
     */
    boolean appraised(PhraseMatch<Concept> trigger, List<DateMention> dates, List<PhraseMatch<Concept>> found) {
        return appraised.judged(trigger, dates, found, this::excludes);
    }

    /**
     * A meeting verb with an addition adverb in its verb group or right after it ("a également reçu", "a aussi
     * rencontré", "a reçu également"): one more meeting, not one told before, whoever it names.
     */
    boolean added(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return trigger.value().id().equals(MEETING) && tokens.get(trigger.end() - 1).tag().startsWith("VERB")
                && additions.stream().anyMatch(a -> a.end() == trigger.start() || a.start() == trigger.end()
                || a.start() > trigger.start() && a.end() < trigger.end());
    }

    /**
     * A meeting verb whose object is a count ("le Vietnam a accueilli environ 300.000 visiteurs", "a reçu plus de
     * 2 millions de touristes"): a number of arrivals, not an audience. Adverbs and prepositions may stand between.
     * A number that opens one of the sentence's {@code dates} is a day ("a rencontré du 7 au 8 juillet X"), no count.
     */
    boolean receivesCount(PhraseMatch<Concept> trigger, List<DateMention> dates) {
        List<Token> tokens = sentence.tokens();
        if (!trigger.value().id().equals(MEETING) || !tokens.get(trigger.end() - 1).tag().startsWith("VERB")) {
            return false;
        }
        for (int i = trigger.end(); i < Math.min(tokens.size(), trigger.end() + OBJECT_WINDOW); i++) {
            String tag = tokens.get(i).tag();
            int at = i;
            if (dates.stream().anyMatch(d -> d.first() <= at && at < d.end())) {
                return false;
            }
            if (tag.startsWith("NUM") || NumberWords.decimal(tokens.get(i)) != null) {
                return true;
            }
            if (!tag.startsWith("ADV") && !tag.startsWith("ADP")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A welcome at an arrival place: a meeting trigger with the place (an airport) in its clause or its predicate,
     * no punctuation between them ("Une cérémonie d'accueil ... a eu lieu à l'aéroport de X", "a été accueilli à
     * l'aéroport par le vice-ministre"): the contract counts it as part of the visit, not a meeting.
     */
    boolean atArrival(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return trigger.value().id().equals(MEETING) && arrivals.stream().anyMatch(a -> a.start() >= trigger.end()
                ? noPunctuation(tokens, trigger.end(), a.start()) : noPunctuation(tokens, a.end(), trigger.start()));
    }

    private static boolean noPunctuation(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().noneMatch(t -> t.tag().startsWith("PUNCT"));
    }

    /**
     * A ceremony noun alone ({@code dkg:ceremonyCue}) after a preposition and its article, in the clause of a meeting
     * told before it: "a accueilli X lors d'une cérémonie officielle", "a remis ses lettres de créance au président,
     * lors d'une cérémonie au palais". The ceremony is that meeting's, not a conference of its own.
     */
    boolean framesMeeting(PhraseMatch<Concept> trigger, List<PhraseMatch<Concept>> found) {
        return setting(trigger) && found.stream().anyMatch(m -> hosts(m, trigger));
    }

    /**
     * A welcome ceremony: a meeting trigger that is a ceremony phrase ("la cérémonie d'accueil officielle"; not "la
     * cérémonie de présentation des lettres de créance", an audience whose talks are part of it) or that a ceremony
     * frames ({@link #framesMeeting}).
     */
    boolean ceremonial(PhraseMatch<Concept> trigger, List<PhraseMatch<Concept>> found) {
        return trigger.value().id().equals(MEETING) && (ceremonies.stream()
                .anyMatch(c -> c.start() == trigger.start() && c.end() == trigger.end())
                || found.stream().anyMatch(c -> setting(c) && hosts(trigger, c)));
    }

    /**
     * A ceremony noun alone that is not a meeting's and ends its phrase ("Le président a présidé la cérémonie."): the
     * name of a ceremony, which after a welcome ceremony is that one, told again.
     */
    boolean bareCeremony(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return !trigger.value().id().equals(MEETING) && trigger.start() > 0
                && tokens.get(trigger.start() - 1).tag().startsWith("DET")
                && (trigger.end() == tokens.size() || tokens.get(trigger.end()).tag().startsWith("PUNCT"))
                && ceremonies.stream().anyMatch(c -> c.start() == trigger.start() && c.end() == trigger.end());
    }

    /** A ceremony noun alone as a trigger, after a preposition and an article ("lors d'une cérémonie"). */
    private boolean setting(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return trigger.start() >= 2 && tokens.get(trigger.start() - 1).tag().startsWith("DET")
                && tokens.get(trigger.start() - 2).tag().startsWith("ADP")
                && ceremonies.stream().anyMatch(c -> c.start() == trigger.start() && c.end() == trigger.end());
    }

    /** Whether {@code meeting} is told before {@code ceremony} in its clause, no verb between them. */
    private boolean hosts(PhraseMatch<Concept> meeting, PhraseMatch<Concept> ceremony) {
        return meeting.value().id().equals(MEETING) && meeting.end() <= ceremony.start()
                && EventClauses.same(sentence.tokens(), meeting.end(), ceremony.start(), false);
    }

    /**
     * Whether the sentence says each of a list acts on their own ({@code dkg:respectiveCue}: "respectivement",
     * "séparément").
     */
    boolean respective() {
        return respective;
    }

    /**
     * Whether the sentence says a list acts together ({@code dkg:jointCue}: "ont envoyé conjointement un message",
     * "un message conjoint"): one fact for all of them.
     */
    boolean joint() {
        return joint;
    }

    /** Whether a plural noun that tells one fact per person listed ({@code dkg:severalCue}) holds the trigger. */
    boolean several(PhraseMatch<Concept> trigger) {
        return severals.stream().anyMatch(c -> c.start() <= trigger.start() && trigger.end() <= c.end());
    }

    /** The status words of the sentence ("depuis", "établi"): a date after one dates a framework. */
    List<PhraseMatch<Concept>> statuses() {
        return statuses;
    }

    /** A noun trigger right after a demonstrative ("cette cérémonie", "ces entretiens"). */
    boolean demonstrative(PhraseMatch<Concept> trigger) {
        return demonstratives.stream().anyMatch(d -> d.end() == trigger.start());
    }

    /**
     * A session named by a noun right after an indefinite article ({@code dkg:newCue}: "a présidé une table ronde",
     * "a participé à un forum"): a session not told before, though its sentence writes no date of its own.
     */
    boolean newSession(PhraseMatch<Concept> trigger) {
        return trigger.value().id().equals(CONFERENCE)
                && indefinites.stream().anyMatch(d -> d.end() == trigger.start());
    }

    /**
     * A trigger in the noun phrase of a mechanism ("un mécanisme de consultation politique", "les mécanismes de
     * coopération et de dialogue existants"), or held through one named right after it ("le dialogue via le
     * mécanisme du Conseil"): the name of a channel, not a session held.
     */
    private boolean framed(PhraseMatch<Concept> trigger) {
        return frameNouns.stream().anyMatch(f -> f.end() <= trigger.start()
                && trigger.start() - f.end() <= FRAME_WINDOW
                && EventClauses.same(sentence.tokens(), f.end(), trigger.start(), true)
                || f.start() >= trigger.end() && f.start() - trigger.end() <= FRAME_WINDOW
                && modifiersOnly(trigger.end(), f.start()));
    }

    /**
     * "le dialogue pragmatique et efficace via le mécanisme du Conseil": only adjectives, conjunctions, prepositions
     * and determiners between a trigger and a frame noun after it, so the trigger is held through the mechanism.
     */
    private boolean modifiersOnly(int from, int to) {
        return sentence.tokens().subList(from, to).stream().allMatch(t -> t.tag().startsWith("ADJ")
                || t.tag().startsWith("CCONJ") || t.tag().startsWith("ADP") || t.tag().startsWith("DET"));
    }

    /**
     * A signing participle right after a document's name, with no date written after it ("signé le 5 mars"),
     * describes the document, not a signing told here: "la mise en œuvre de l'accord de coopération signé entre
     * les deux parlements", "les principes du Traité d'amitié signé entre les deux pays".
     */
    boolean describesDocument(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return trigger.value().id().equals(SIGNING) && trigger.end() - trigger.start() == 1
                && tokens.get(trigger.start()).tag().startsWith("VERB") && documents.stream()
                .anyMatch(d -> d.end() <= trigger.start() && trigger.start() - d.end() <= CLAUSE_WINDOW
                        && EventClauses.same(tokens, d.end(), trigger.start(), true));
    }

    /**
     * Whether the trigger is the noun of a press conference ({@code dkg:pressCue}) that the sentence tells as held,
     * the object of its verb, not in a phrase after a preposition that makes it the occasion of what is said: "a
     * organisé à Lima une conférence de presse", not "a déclaré lors d'une conférence de presse".
     */
    boolean pressConference(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        int before = trigger.start() - 1;
        if (before >= 0 && tokens.get(before).tag().startsWith("DET")) {
            before--;
        }
        return covered(pressPhrases, trigger) && before >= 0 && !tokens.get(before).tag().startsWith("ADP")
                && !EventClauses.opening(tokens, trigger);
    }

    /** An excluded phrase ("conférence de presse"), a longer sector phrase, or an anniversary count. */
    boolean excludes(PhraseMatch<Concept> trigger) {
        return covered(excludedPhrases, trigger) || framed(trigger) || sectorPhrases.stream()
                .anyMatch(s -> s.start() <= trigger.start() && s.end() >= trigger.end()
                        && s.end() - s.start() > trigger.end() - trigger.start())
                || afterAnniversary(sentence.tokens(), trigger) || siteVisit(trigger)
                || NameTriggers.inName(sentence.tokens(), trigger) || hostsNoOne(trigger);
    }

    /**
     * A meeting verb of one word, not after an auxiliary ("a aussi rencontré"), with no person in the words after
     * it: "accueille de nombreuses entreprises", "accueille par ailleurs un forum" host something, they receive
     * nobody. A person is an office ("accueille le nouvel ambassadeur") or a name; the adjective of a state is not
     * one ("accueille des entreprises chiliennes").
     */
    private boolean hostsNoOne(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        int before = trigger.start() - 1;
        while (before >= 0 && tokens.get(before).tag().startsWith("ADV")) {
            before--;
        }
        if (!trigger.value().id().equals(MEETING) || trigger.end() - trigger.start() != 1
                || !tokens.get(trigger.start()).tag().startsWith("VERB")
                || before >= 0 && tokens.get(before).tag().startsWith("AUX")) {
            return false;
        }
        for (int i = trigger.end(); i < Math.min(tokens.size(), trigger.end() + OBJECT_WINDOW); i++) {
            if (tokens.get(i).tag().startsWith("PUNCT")) {
                return true;
            }
            if (tokens.get(i).tag().equals("PROPN") || roles.matchAt(tokens, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A visit told by a verb whose object is no state nor city: "a visité une exposition", "a visité l'usine de X",
     * "s'est rendu dans la salle" is a tour of a site, during a visit or at home, not a visit to a country ("a visité
     * le Japon", "a visité officiellement Hanoï", "s'est rendu au Japon"). Only the object's head counts: "a visité
     * une exposition sur les relations entre le Vietnam et l'Algérie" names states that are not where anyone went.
     */
    private boolean siteVisit(PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        if (!trigger.value().id().equals(VISIT) || !tokens.get(trigger.end() - 1).tag().startsWith("VERB")) {
            return false;
        }
        int head = trigger.end();
        while (head < tokens.size() && (tokens.get(head).tag().startsWith("DET")
                || tokens.get(head).tag().startsWith("ADP")
                || tokens.get(head).tag().startsWith("ADV") || tokens.get(head).tag().startsWith("ADJ"))) {
            head++;
        }
        return head >= tokens.size() || !lexicon.placeAt(tokens, head);
    }

    /** A plan ({@link PlanCues}): "se rendra", "prochaine visite", "la session du Comité se tiendra". */
    boolean isPlanned(PhraseMatch<Concept> trigger) {
        return plans.planned(trigger);
    }

    /**
     * A summit named as the setting of something else ("sa participation au sommet", "en marge du forum", "en
     * marge de la conférence"): the contract counts no event for it. A visit is no multilateral setting: "en
     * marge de sa visite" still reports the visit.
     */
    boolean isSetting(PhraseMatch<Concept> trigger) {
        return !trigger.value().id().equals(VISIT) && settingCues.stream()
                .anyMatch(c -> c.end() <= trigger.start() && trigger.start() - c.end() <= SETTING_WINDOW);
    }

    /**
     * The dates of the sentence that may date an event: not a gloss in parentheses ("la fête nationale (2
     * septembre)"), which dates an occasion, nor a date right after a status word ("établi en 2013", "depuis
     * 2021"), which dates a framework, or a founding participle ("créé en 2002"), which dates a body, nor the date of
     * a report set off after what it reports ({@link ReportDates}).
     */
    List<DateMention> eventDates(DateReader dates) {
        List<Token> tokens = sentence.tokens();
        List<DateMention> all = dates.recognize(sentence);
        return all.stream()
                .filter(d -> !DateGlosses.glossed(tokens, d, all, this::placeEndsAt))
                .filter(d -> !afterStatus(d) && !afterFounding(d))
                .filter(d -> !reports.reported(d, tokens))
                .toList();
    }

    /**
     * Whether a founding participle ({@code dkg:foundingCue}) stands right before {@code date} or one word before it:
     * "le Dialogue de Shangri-La, créé en 2002" dates the body's founding, not a meeting held on its sidelines.
     */
    private boolean afterFounding(DateMention date) {
        return foundings.stream().anyMatch(f -> f.end() <= date.first() && date.first() - f.end() <= 1);
    }

    /** Whether the name of a state or a city ends right before token {@code end}. */
    private boolean placeEndsAt(int end) {
        List<Token> tokens = sentence.tokens();
        for (int start = Math.max(0, end - PLACE_WORDS); start < end; start++) {
            PhraseMatch<?> state = lexicon.stateNames().matchAt(tokens, start);
            PhraseMatch<?> city = lexicon.cities().matchAt(tokens, start);
            if (state != null && state.end() == end || city != null && city.end() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dates {@link #eventDates} leaves because a status word stands right before them ("établi en 2023"): the
     * dates of states, which date an event only as its occasion ({@link OccasionDates}).
     */
    List<DateMention> statusDates(DateReader dates) {
        return dates.recognize(sentence).stream().filter(this::afterStatus).toList();
    }

    /** Whether a status word stands right before {@code date} ("établi en 2023"), or one word before it. */
    private boolean afterStatus(DateMention date) {
        return statuses.stream().anyMatch(s -> s.end() <= date.first() && date.first() - s.end() <= 1)
                || sinceStart(date);
    }

    /**
     * A date that ends the phrase of a recall preposition ({@code status:existing}: "depuis") naming no event: "la
     * première visite d'un dirigeant depuis l'établissement des relations diplomatiques en 1994" dates the relations,
     * the start of what is counted, not the visit. Only a preposition: the nouns of recall ("le 30e anniversaire de
     * l'établissement des relations en 2023", "la célébration du centenaire de l'association en 2020") name an
     * occasion whose year is an event's. Not past an event's noun or its pronoun ("depuis sa visite en 2019",
     * "depuis celle du président X en 2018", which date the visit), a verb or a punctuation mark; not a "depuis" of
     * place ({@link #fromPlace}).
     */
    private boolean sinceStart(DateMention date) {
        List<Token> tokens = sentence.tokens();
        List<PhraseMatch<Concept>> since = statuses.stream()
                .filter(s -> s.value().id().equals(PartnershipRecognizer.EXISTING)
                        && s.end() <= date.first() && date.first() - s.end() <= SINCE_WINDOW
                        && tokens.get(s.start()).tag().startsWith("ADP") && !fromPlace(tokens, s.end())
                        && EventClauses.same(tokens, s.end(), date.first(), true))
                .toList();
        if (since.isEmpty()) {
            return false;
        }
        // Scanned only here, for the few sentences with a "depuis" before a date: the recogniser's own trigger scan
        // is of the whole sentence, before these cues exist.
        List<PhraseMatch<Concept>> eventNouns = lexicon.vocabulary(Scheme.EVENT_TYPES).phrases().findAll(tokens);
        List<PhraseMatch<Boolean>> pronouns = lexicon.pronounCues(CueKind.EVENT).findAll(tokens);
        return since.stream().anyMatch(s ->
                eventNouns.stream().noneMatch(t -> t.start() >= s.end() && t.start() < date.first())
                && pronouns.stream().noneMatch(t -> t.start() >= s.end() && t.start() < date.first()));
    }

    /**
     * Whether "depuis" is locative, a place name following it ("a eu un entretien téléphonique depuis Hanoï le 5 mai",
     * "depuis le Japon"): a capitalised name right after it, or a state or city of the lexicon after its articles.
     * The date then dates the event told from there, not a start.
     */
    private boolean fromPlace(List<Token> tokens, int after) {
        if (after < tokens.size() && tokens.get(after).isCapitalized()) {
            return true;
        }
        int head = after;
        while (head < tokens.size() && tokens.get(head).tag().startsWith("DET")) {
            head++;
        }
        return head < tokens.size() && lexicon.placeAt(tokens, head);
    }

    private static <T> boolean covered(List<PhraseMatch<T>> phrases, PhraseMatch<Concept> trigger) {
        return phrases.stream().anyMatch(p -> p.start() <= trigger.start() && p.end() >= trigger.end());
    }

    /** "les 30 ans de la signature": a count with a recall word just before the trigger. */
    private boolean afterAnniversary(List<Token> tokens, PhraseMatch<Concept> trigger) {
        for (int i = Math.max(0, trigger.start() - ANNIVERSARY_WINDOW); i < trigger.start(); i++) {
            PhraseMatch<Concept> status = lexicon.vocabulary(Scheme.STATUSES).phrases().matchAt(tokens, i);
            if (status != null && status.value().id().equals(PartnershipRecognizer.EXISTING) && i > 0
                    && NumberWords.countOrOrdinal(tokens.get(i - 1)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
