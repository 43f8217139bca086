package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.Event;
import diplokg.fact.FactKind;
import diplokg.fact.Official;
import diplokg.fact.Stated;
import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the diplomatic events an article reports as having happened.
 *
 * <p>A trigger of the event-type vocabulary ("entretiens", "a reçu", "visite d'État", "conversation
 * téléphonique", "a félicité") is an event unless it is a plan ({@code dkg:plannedCue} shortly before or after it:
 * "se rendra", "prochaine visite", "a invité ... à effectuer une visite", or later in a noun trigger's clause: "la
 * session du Comité se tiendra"), lies in an excluded phrase ("conférence de presse", "mécanisme de dialogue", "s'est
 * félicité"), in a longer sector phrase ("dialogue politique"), follows an anniversary count ("les 30 ans de la
 * signature du traité"), or names a summit as the setting of something else (a {@code dkg:cue} of {@code dkg:Event}:
 * "sa participation au sommet"). Its date is the date written nearest to it in its sentence (a day or a month with
 * its year within 20 tokens, a month or a year alone within 12, since those often belong to something else; a date
 * set off before the first verb dates the whole sentence); a gloss in parentheses ("(2 septembre)") and a date
 * right after a status word ("établi en 2013") date something else. Without a date an event is the article's own
 * news and takes the article's month, unless its sentence recalls the past ("avait"); congratulations said during
 * talks take the date of the talks. A sentence that names no event but repeats the one before for other people ("X a
 * fait de même") is a new event of that type ({@link EventRepeats}).
 * Mentions of one event are merged: same type, same or unknown date, and the people one mention names all among
 * those the other names ("X a rencontré Y ... X a également rencontré Z" is two meetings).
 */
public final class EventRecognizer implements Recognizer<Event> {

    private static final int PLAN_WINDOW = 8;
    private static final int ANNIVERSARY_WINDOW = 4;
    private static final int CLAUSE_WINDOW = 6;
    private static final int SETTING_WINDOW = 4;
    private static final int FRAME_WINDOW = 6;
    private static final String MESSAGE = "message";
    private static final String VISIT = "visit";
    private static final String PHONE_CALL = "phone-call";
    private static final String SIGNING = "signing";
    private static final Set<String> TALKS = Set.of("meeting", "phone-call");
    /** What congratulations said in the same sentence are said at ("a félicité ... lors d'une cérémonie le 5 mai"). */
    private static final Set<String> HELD_AT = Set.of("meeting", "phone-call", "conference");

    private final Lexicon lexicon;
    private final PhraseTable<Concept> triggers;
    private final PhraseTable<Boolean> planned;
    private final PhraseTable<Boolean> excluded;
    private final PhraseTable<Boolean> recalled;
    private final PhraseTable<Boolean> anaphors;
    private final PhraseTable<Boolean> frames;
    private final EventPartners partners;
    private final EventPlaces places;
    private final PhraseTable<Boolean> settings;
    private final PhraseTable<Concept> sectors;
    private final DateReader dates;
    private final EventRepeats repeats;

    public EventRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.triggers = lexicon.vocabulary(Scheme.EVENT_TYPES).phrases();
        this.planned = lexicon.plannedCues(CueKind.EVENT);
        this.excluded = lexicon.excludedPhrases(CueKind.EVENT);
        this.recalled = lexicon.recallCues(CueKind.EVENT);
        this.anaphors = lexicon.anaphorCues(CueKind.EVENT);
        this.frames = lexicon.frameCues(CueKind.EVENT);
        this.partners = new EventPartners(lexicon);
        this.places = new EventPlaces(lexicon, EventDates.DAY_WINDOW);
        this.settings = lexicon.cues(CueKind.EVENT);
        this.sectors = lexicon.vocabulary(Scheme.SECTORS).phrases();
        this.dates = new DateReader(lexicon);
        this.repeats = new EventRepeats(lexicon, dates);
    }

    @Override
    public FactKind<Event> kind() {
        return Contract.EVENTS;
    }

    /** The events of the article; participants are its officials named in each event's sentence. */
    @Override
    public List<Stated<Event>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        List<Official> officials = facts.facts(Contract.OFFICIALS);
        List<Candidate> events = new ArrayList<>();
        List<Candidate> told = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<PhraseMatch<Concept>> found = triggers.findAll(sentence.tokens());
            if (found.isEmpty()) {
                repeated(sentence, told, officials, article).ifPresent(c -> {
                    events.add(c);
                    told.add(c);
                });
                continue;
            }
            Clues clues = new Clues(sentence);
            String anchor = lastTold(told);
            List<DateMention> written = eventDates(sentence, clues).stream()
                    .filter(d -> !d.relative() || anchor != null).toList();
            // "à l'issue des entretiens" names an event already told: its noun is a date, no new event.
            List<PhraseMatch<Concept>> mentions = found.stream().filter(t -> !clues.excludes(t))
                    .filter(t -> !EventClauses.signedMessage(found, t, sentence.tokens()))
                    .filter(t -> !EventClauses.byPhone(found, t, sentence.tokens()))
                    .filter(t -> events.isEmpty() || written.stream().noneMatch(d -> d.relative()
                            && d.first() <= t.start() && t.start() < d.end()))
                    .toList();
            List<Candidate> inSentence = new ArrayList<>();
            List<PhraseMatch<Concept>> placed = new ArrayList<>();
            List<PhraseMatch<Concept>> messages = new ArrayList<>();
            String sentenceDay = null;
            for (PhraseMatch<Concept> trigger : mentions) {
                if (clues.isPlanned(trigger) || clues.isSetting(trigger)) {
                    continue;
                }
                // "Lors de cette réception, ..." after an audience: a demonstrative names an event told before; when
                // none of its type was, it is the last one told under another name, not a new event. A visit may be
                // named first so: "X a reçu Y. Cette visite ..." tells the visit in which the audience took place.
                boolean demonstrative = clues.demonstrative(trigger);
                if (demonstrative && !events.isEmpty() && !trigger.value().id().equals(VISIT)
                        && events.stream().noneMatch(e -> e.event().type().equals(trigger.value().id()))) {
                    continue;
                }
                DateMention date = EventDates.owned(written, mentions, trigger, sentence);
                String stated = date == null ? null
                        : date.relative() ? date.after(anchor) : date.iso(year(article), month(article));
                if (trigger.value().id().equals(MESSAGE) && stated != null && date.first() >= trigger.end()) {
                    stated = talksDay(inSentence, stated);
                }
                if ((date == null || date.first() < trigger.end()) && clues.describesDocument(trigger)) {
                    continue;
                }
                // "a présidé mardi la cérémonie d'accueil de X, ..., avant de s'entretenir avec lui": an event with
                // no date of its own after one its sentence dated (not a visit) happened that day.
                boolean stay = trigger.value().id().equals(VISIT);
                if (stated == null && !stay && !trigger.value().id().equals(MESSAGE)) {
                    stated = sentenceDay;
                } else if (stated != null && !stay) {
                    sentenceDay = stated;
                }
                // "Les deux dirigeants ont assisté à la signature de ...": a signing ceremony (a noun) with no date,
                // not set in a visit, was held at the talks told before, as congratulations said during them are.
                // "Au cours de la visite, les deux parties ont signé ..." stays the visit's.
                if (stated == null && trigger.value().id().equals(SIGNING)
                        && EventClauses.same(sentence.tokens(), trigger.start(), trigger.end(), false)
                        && mentions.stream().noneMatch(m -> m.value().id().equals(VISIT))) {
                    stated = during(inSentence, events, sentence);
                }
                if (stated == null && trigger.value().id().equals(MESSAGE)) {
                    messages.add(trigger);
                    continue;
                }
                if (sameSigning(inSentence, trigger, stated)) {
                    continue;
                }
                // "Dans l'après-midi du 28 mars, X a reçu Y": a sentence opening on a relative day tells a new event.
                boolean sequel = date != null && (date.relative()
                        || written.stream().anyMatch(d -> d.relative() && d.first() == 0));
                List<Candidate> distinct = otherVerbs(inSentence, placed, trigger, sentence);
                if (sequel) {
                    events.stream().filter(e -> !inSentence.contains(e)).forEach(distinct::add);
                }
                Candidate mention = mention(sentence, trigger, stated, officials, article, demonstrative);
                List<Candidate> each = trigger.value().id().equals(MESSAGE)
                        ? bySender(mention, officials, sentence, trigger)
                        : byPartner(mention, officials, sentence, trigger);
                for (Candidate one : each) {
                    Candidate kept = merge(events, one, distinct);
                    // Each sender's message, each counterpart's meeting, is its own event, whoever they name.
                    distinct.add(kept);
                    inSentence.add(kept);
                    placed.add(trigger);
                    told.add(kept);
                }
            }
            for (PhraseMatch<Concept> trigger : messages) {
                Candidate message = mention(sentence, trigger, during(inSentence, events, sentence), officials,
                        article, clues.demonstrative(trigger));
                List<Candidate> siblings = new ArrayList<>(inSentence);
                for (Candidate one : bySender(message, officials, sentence, trigger)) {
                    Candidate kept = merge(events, one, siblings);
                    siblings.add(kept);
                    told.add(kept);
                }
            }
        }
        return events.stream().map(Candidate::stated).toList();
    }

    /**
     * The day of congratulations whose date is written after them, when their sentence told dated talks before: "a
     * eu un entretien téléphonique avec X, qu'il a félicité pour sa réélection le 18 janvier" was said during the
     * call, the date being the reason's; else {@code written}. "après avoir adressé, le 4 juin, un message" keeps the
     * date written before it (the caller checks where the date is).
     */
    private static String talksDay(List<Candidate> inSentence, String written) {
        return inSentence.stream().filter(c -> TALKS.contains(c.event().type()) && c.dated())
                .map(c -> c.event().date()).findFirst().orElse(written);
    }

    /** A new event of the type told last, for the people of a sentence that says "a fait de même". */
    private Optional<Candidate> repeated(Sentence sentence, List<Candidate> told, List<Official> officials,
            AnnotatedArticle article) {
        Candidate last = told.isEmpty() ? null : told.get(told.size() - 1);
        return Optional.ofNullable(repeats.repeated(sentence, last == null ? null : last.event(), lastTold(told),
                officials, year(article), month(article))).map(again -> new Candidate(again, last.dated()
                || !Objects.equals(again.fact().date(), last.event().date()), false, false));
    }

    /** One message per sender ({@link MessageSenders}), each with its people. */
    private static List<Candidate> bySender(Candidate message, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger) {
        return each(message, MessageSenders.split(message.event().participants(), officials, sentence, trigger));
    }

    /** One meeting per counterpart when talks are held "avec X, mais aussi avec Y" ({@link EventPartners}). */
    private List<Candidate> byPartner(Candidate mention, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger) {
        if (!TALKS.contains(mention.event().type())) {
            return List.of(mention);
        }
        return each(mention, partners.split(mention.event().participants(), officials, sentence, trigger));
    }

    /** A copy of {@code mention} for each list of people. */
    private static List<Candidate> each(Candidate mention, List<List<String>> people) {
        Event event = mention.event();
        Stated<Event> stated = mention.stated();
        return people.stream()
                .map(who -> new Candidate(new Stated<>(new Event(event.type(), event.date(), event.place(), who),
                        stated.sentence(), stated.start(), stated.end()), mention.dated(), mention.anaphor(),
                        mention.headline()))
                .toList();
    }

    /**
     * Whether {@code trigger} is one more word of a signing its sentence already told: "ont signé trois accords, un
     * mémorandum d'entente signé par les ministres de la Santé et un protocole" is one signing, which the contract
     * counts once, whatever the documents and their signatories (the sentence's people are all the signing's). A
     * signing dated otherwise in the same sentence is another.
     */
    private static boolean sameSigning(List<Candidate> inSentence, PhraseMatch<Concept> trigger, String stated) {
        return trigger.value().id().equals(SIGNING) && inSentence.stream().anyMatch(c -> c.event().type()
                .equals(SIGNING) && (stated == null || !c.dated() || stated.equals(c.event().date())));
    }

    /**
     * The events of a sentence told by another verb than {@code trigger}'s: "a été reçu par X, puis a eu une séance
     * de travail avec Y" is two meetings; "a été reçu en audience par X" is one. A verb trigger after a noun one
     * tells another event too: "a présidé la cérémonie d'accueil de X, ..., avant de s'entretenir avec lui". A
     * trigger in a relative clause after the other says what happened there: "En recevant l'ambassadeur, qui est
     * venu lui présenter ses lettres de créance, ..." is one audience.
     */
    private static List<Candidate> otherVerbs(List<Candidate> inSentence, List<PhraseMatch<Concept>> placed,
            PhraseMatch<Concept> trigger, Sentence sentence) {
        List<Candidate> distinct = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            PhraseMatch<Concept> other = placed.get(i);
            int from = Math.min(other.end(), trigger.end());
            int to = Math.max(other.start(), trigger.start());
            List<Token> tokens = sentence.tokens();
            boolean verbAfterNoun = other.end() <= trigger.start()
                    && EventClauses.same(tokens, other.start(), other.end(), false)
                    && !EventClauses.same(tokens, trigger.start(), trigger.end(), false);
            boolean different = from < to && !EventClauses.same(tokens, from, to, false)
                    && !EventClauses.relative(tokens, other.end(), trigger.start());
            if (different || verbAfterNoun) {
                distinct.add(inSentence.get(i));
            }
        }
        return distinct;
    }

    /**
     * The date of the last event told with its date written, what "le même jour" and "le lendemain" count from; not
     * a visit's, which lasts several days ("a reçu X, en visite du 3 au 6 mai. Le même jour, ..." is the day of the
     * audience).
     */
    private static String lastTold(List<Candidate> told) {
        for (int i = told.size() - 1; i >= 0; i--) {
            if (told.get(i).dated() && !told.get(i).event().type().equals(VISIT)) {
                return told.get(i).event().date();
            }
        }
        return null;
    }

    /**
     * The date of congratulations or greetings with no date of their own: those of talks in their sentence, else,
     * unless the sentence recalls the past, those of the last talks told before ("X s'est entretenu mardi avec Y.
     * Il a félicité Y pour ...").
     */
    private String during(List<Candidate> inSentence, List<Candidate> events, Sentence sentence) {
        String here = inSentence.stream().filter(c -> HELD_AT.contains(c.event().type()) && c.dated())
                .map(c -> c.event().date()).findFirst().orElse(null);
        if (here != null || !recalled.findAll(sentence.tokens()).isEmpty()) {
            return here;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            Candidate talks = events.get(i);
            if (TALKS.contains(talks.event().type()) && talks.dated()) {
                return talks.event().date();
            }
        }
        return null;
    }

    private Candidate mention(Sentence sentence, PhraseMatch<Concept> trigger, String stated,
            List<Official> officials, AnnotatedArticle article, boolean demonstrative) {
        // "en mars" in an article without a header month dates nothing: the mention is undated.
        String iso = stated != null ? stated : undated(sentence, article);
        List<String> who = EventParticipants.named(sentence, officials);
        // A message or a call is sent "à" its recipient: what follows names a person, not where it happened.
        String type = trigger.value().id();
        String place = type.equals(MESSAGE) || type.equals(PHONE_CALL) ? null : places.place(sentence, trigger, who);
        Event event = new Event(type, iso, place, who);
        boolean nominal = EventClauses.same(sentence.tokens(), trigger.start(), trigger.end(), true);
        boolean headline = article.article().title().map(t -> sentence.start() < t.end()).orElse(false);
        // "Selon l'ambassadeur X, cette visite a ouvert ...": a visit named by a noun with no date of its own is the
        // visit told before, whoever its sentence names.
        boolean anaphor = nominal && (demonstrative || iso == null || stated == null
                && (type.equals(VISIT) || EventClauses.opening(sentence.tokens(), trigger)));
        return new Candidate(Evidence.words(event, sentence, trigger.start(), trigger.end()), stated != null, anaphor,
                headline);
    }

    /**
     * The dates of a sentence that may date an event: not a gloss in parentheses ("la fête nationale (2
     * septembre)"), which dates an occasion, nor a date right after a status word ("établi en 2013", "depuis
     * 2021"), which dates a framework.
     */
    private List<DateMention> eventDates(Sentence sentence, Clues clues) {
        List<Token> tokens = sentence.tokens();
        return dates.recognize(sentence).stream()
                .filter(d -> !(d.first() > 0 && d.end() < tokens.size() && tokens.get(d.first() - 1).text().equals("(")
                        && tokens.get(d.end()).text().equals(")")))
                .filter(d -> clues.statuses.stream().noneMatch(s -> s.end() <= d.first() && d.first() - s.end() <= 1))
                .toList();
    }

    /** What a sentence says around its triggers: its excluded, planned, setting and status phrases, found once. */
    private final class Clues {

        private final Sentence sentence;
        private final List<PhraseMatch<Boolean>> excludedPhrases;
        private final List<PhraseMatch<Boolean>> plans;
        private final List<PhraseMatch<Boolean>> settingCues;
        private final List<PhraseMatch<Concept>> sectorPhrases;
        private final List<PhraseMatch<Concept>> statuses;
        private final List<PhraseMatch<Concept>> documents;
        private final List<PhraseMatch<Boolean>> demonstratives;
        private final List<PhraseMatch<Boolean>> frameNouns;

        Clues(Sentence sentence) {
            List<Token> tokens = sentence.tokens();
            this.sentence = sentence;
            this.excludedPhrases = excluded.findAll(tokens);
            this.plans = planned.findAll(tokens);
            this.settingCues = settings.findAll(tokens);
            this.sectorPhrases = sectors.findAll(tokens);
            this.statuses = lexicon.vocabulary(Scheme.STATUSES).phrases().findAll(tokens);
            this.documents = lexicon.vocabulary(Scheme.AGREEMENT_TYPES).phrases().findAll(tokens);
            this.demonstratives = anaphors.findAll(tokens);
            this.frameNouns = frames.findAll(tokens);
        }

        /** A noun trigger right after a demonstrative ("cette cérémonie", "ces entretiens"). */
        boolean demonstrative(PhraseMatch<Concept> trigger) {
            return demonstratives.stream().anyMatch(d -> d.end() == trigger.start());
        }

        /**
         * A trigger in the noun phrase of a mechanism ("un mécanisme de consultation politique", "les mécanismes de
         * coopération et de dialogue existants"): the name of a channel, not a session held.
         */
        private boolean framed(PhraseMatch<Concept> trigger) {
            return frameNouns.stream().anyMatch(f -> f.end() <= trigger.start()
                    && trigger.start() - f.end() <= FRAME_WINDOW
                    && EventClauses.same(sentence.tokens(), f.end(), trigger.start(), true));
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

        /** An excluded phrase ("conférence de presse"), a longer sector phrase, or an anniversary count. */
        boolean excludes(PhraseMatch<Concept> trigger) {
            return covered(excludedPhrases, trigger) || framed(trigger) || sectorPhrases.stream()
                    .anyMatch(s -> s.start() <= trigger.start() && s.end() >= trigger.end()
                            && s.end() - s.start() > trigger.end() - trigger.start())
                    || afterAnniversary(sentence.tokens(), trigger);
        }

        /**
         * A plan: a planned cue shortly before the trigger, right after it, or, after a noun trigger, later in its
         * clause before any other verb ("la prochaine session", "le forum sera organisé", "la 11e session du Comité
         * se tiendra").
         */
        boolean isPlanned(PhraseMatch<Concept> trigger) {
            List<Token> tokens = sentence.tokens();
            boolean noun = EventClauses.same(tokens, trigger.start(), trigger.end(), true);
            for (PhraseMatch<Boolean> cue : plans) {
                boolean before = cue.end() <= trigger.start() && (trigger.start() - cue.end() <= PLAN_WINDOW
                        || opensSentence(tokens, cue));
                boolean after = cue.start() >= trigger.end() && (cue.start() - trigger.end() <= 1
                        || noun && cue.start() - trigger.end() <= CLAUSE_WINDOW
                        && EventClauses.same(tokens, trigger.end(), cue.start(), true));
                if (before || after && !coordinatedNoun(tokens, trigger, cue)) {
                    return true;
                }
            }
            return false;
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

        /**
         * A summit named as the setting of something else ("sa participation au sommet", "en marge du forum", "en
         * marge de la conférence"): the contract counts no event for it. A visit is no multilateral setting: "en
         * marge de sa visite" still reports the visit.
         */
        boolean isSetting(PhraseMatch<Concept> trigger) {
            return !trigger.value().id().equals(VISIT) && settingCues.stream()
                    .anyMatch(c -> c.end() <= trigger.start() && trigger.start() - c.end() <= SETTING_WINDOW);
        }
    }

    /**
     * An event mention; whether its date was written next to it (else it is the article's month, or null); whether
     * it names an event told before ({@code anaphor}); whether it is in the title ({@code headline}).
     */
    private record Candidate(Stated<Event> stated, boolean dated, boolean anaphor, boolean headline) {

        Event event() {
            return stated.fact();
        }
    }

    private static int year(AnnotatedArticle article) {
        return article.article().publicationMonth().map(m -> m.getYear()).orElse(0);
    }

    private static int month(AnnotatedArticle article) {
        return article.article().publicationMonth().map(m -> m.getMonthValue()).orElse(0);
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

    /** An undated event is the article's own news, of the article's month, unless its sentence recalls the past. */
    private String undated(Sentence sentence, AnnotatedArticle article) {
        boolean recollection = !recalled.findAll(sentence.tokens()).isEmpty();
        return recollection ? null : article.article().publicationMonth().map(Object::toString).orElse(null);
    }


    /**
     * Adds a mention, or folds it into the event it mentions again: same type, compatible dates (equal, or one of
     * them not written next to its trigger), and participants that do not conflict: a later mention of an event
     * names its people or some of them; two mentions that each name someone the other does not are two events,
     * unless one is the title's, they share nobody and one of them names one person at most: a title retells the
     * lead's news and may name one side where the lead names the other ("X reçoit la ministre japonaise" / "Le
     * Premier ministre a reçu ... Y"); a title that names both sides tells its own event.
     * A noun that recalls the past with no date at all ("cette session avait fixé", "les acquis de la visite"), or
     * opens its sentence with no date ("Au cours de l'audience, ..."), refers back to the last event of its type,
     * whoever else its sentence names; a verb ("avait reçu X") may report another event. A mention is never one of
     * the {@code distinct} events: those its own sentence told ("a présidé la cérémonie d'accueil ... avant de
     * s'entretenir avec lui", "a été reçu par X, puis a eu une séance de travail avec Y" are two meetings), and for
     * a mention dated relative to the event before it ("le même jour", "à l'issue des entretiens"), which is a new
     * event, all events of the sentences before.
     */
    private static Candidate merge(List<Candidate> events, Candidate mention, List<Candidate> distinct) {
        Event event = mention.event();
        if (mention.anaphor()) {
            for (int i = events.size() - 1; i >= 0; i--) {
                Candidate known = events.get(i);
                if (known.event().type().equals(event.type())) {
                    // Told again in the body, a title's event is no longer the title's alone.
                    Candidate told = new Candidate(known.stated(), known.dated(), known.anaphor(),
                            known.headline() && mention.headline());
                    events.set(i, told);
                    return told;
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Candidate candidate = events.get(i);
            if (distinct.contains(candidate)) {
                continue;
            }
            Event known = candidate.event();
            boolean sameDate = !candidate.dated() || !mention.dated() || known.date().equals(event.date());
            boolean oneSide = Math.min(known.participants().size(), event.participants().size()) <= 1;
            boolean conflict = !known.participants().containsAll(event.participants())
                    && !event.participants().containsAll(known.participants())
                    && (!(candidate.headline() || mention.headline()) || !oneSide || shareSomeone(known, event));
            if (known.type().equals(event.type()) && sameDate && !conflict) {
                List<String> who = new ArrayList<>(known.participants());
                event.participants().stream().filter(p -> !who.contains(p)).forEach(who::add);
                Event dated = candidate.dated() || !mention.dated() ? known : event;
                String place = known.place() != null ? known.place() : event.place();
                Stated<Event> first = candidate.stated();
                Event merged = new Event(known.type(), dated.date(), place, who);
                Candidate result = new Candidate(new Stated<>(merged, first.sentence(), first.start(), first.end()),
                        candidate.dated() || mention.dated(), candidate.anaphor() && mention.anaphor(),
                        candidate.headline() && mention.headline());
                events.set(i, result);
                return result;
            }
        }
        events.add(mention);
        return mention;
    }

    private static boolean shareSomeone(Event one, Event other) {
        return one.participants().stream().anyMatch(other.participants()::contains);
    }
}
