package diplokg.recognize;

import static diplokg.fact.EventTypes.MEETING;
import static diplokg.fact.EventTypes.MESSAGE;
import static diplokg.fact.EventTypes.PHONE_CALL;
import static diplokg.fact.EventTypes.SIGNING;
import static diplokg.fact.EventTypes.VISIT;

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
 * téléphonique", "a félicité") is an event unless the words around it cancel it: a plan, an excluded phrase, a
 * summit named as a setting ({@link TriggerCues}). Its date is the date written nearest to it in its sentence
 * ({@link EventDates}: a day or a month with its year within 20 tokens, a month or a year alone within 12, since
 * those often belong to something else; a date set off before the first verb dates the whole sentence). Without a
 * date an event is the article's own news and takes the article's month, unless its sentence recalls the past
 * ("avait"); congratulations said during talks take the date of the talks ({@link EventDays}). A sentence that names
 * no event but repeats the one before for other people ("X a fait de même") is a new event of that type
 * ({@link EventRepeats}). Mentions of one event are merged ({@link MentionMerger}): same type, same or unknown date,
 * and the people one mention names all among those the other names ("X a rencontré Y ... X a également rencontré
 * Z" is two meetings).
 */
public final class EventRecognizer implements Recognizer<Event> {

    /** The types of events a press conference may follow as part of them. */
    private static final Set<String> TALKS = Set.of(MEETING, VISIT, PHONE_CALL);

    private final Lexicon lexicon;
    private final PhraseTable<Concept> triggers;
    private final EventDays days;
    private final DateReader dates;
    private final EventRepeats repeats;
    private final ConveyedInvitations invitations;
    private final MessageAddressees addressees;
    private final TriggerMentions triggerMentions;
    private final OccasionDates occasions;
    private final PronounTriggers pronouns;
    private final FramedVisits framedVisits;
    private final SidelineDates sidelines;
    private final StartDates starts;
    private final PhraseTable<Boolean> meansCues;

    public EventRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.triggers = lexicon.vocabulary(Scheme.EVENT_TYPES).phrases();
        this.days = new EventDays(lexicon);
        this.dates = new DateReader(lexicon);
        this.repeats = new EventRepeats(lexicon, dates);
        this.invitations = new ConveyedInvitations(lexicon);
        this.addressees = new MessageAddressees(lexicon);
        this.triggerMentions = new TriggerMentions(lexicon, days);
        this.occasions = new OccasionDates(lexicon);
        this.pronouns = new PronounTriggers(lexicon);
        this.framedVisits = new FramedVisits(lexicon);
        this.sidelines = new SidelineDates(lexicon);
        this.starts = new StartDates(lexicon);
        this.meansCues = lexicon.meansCues(CueKind.EVENT);
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
        List<EventMention> events = new ArrayList<>();
        List<EventMention> told = new ArrayList<>();
        LeadStatement lead = null;
        PlannedTypes plans = new PlannedTypes();
        Set<Integer> repeatedLeads = RepeatedLeads.of(article.sentences());
        for (Sentence sentence : article.sentences()) {
            if (repeatedLeads.contains(sentence.index()) || Captions.undatedCaption(article, sentence, dates)) {
                continue;
            }
            List<PhraseMatch<Concept>> found = pronouns.with(
                    invitations.with(triggers.findAll(sentence.tokens()), sentence.tokens()), sentence.tokens());
            if (found.isEmpty()) {
                repeated(sentence, told, officials, article).ifPresent(c -> {
                    events.add(c);
                    told.add(c);
                });
                if (events.isEmpty() && lead == null) {
                    lead = LeadStatement.of(sentence, dates.recognize(sentence), officials, EventDays.year(article),
                            EventDays.month(article));
                }
                continue;
            }
            TriggerCues clues = new TriggerCues(lexicon, sentence);
            List<DateMention> all = clues.eventDates(dates);
            String toldAnchor = EventDays.lastTold(told);
            String anchor = toldAnchor != null ? toldAnchor
                    : EventDays.writtenBefore(all, EventDays.year(article), EventDays.month(article));
            List<DateMention> written = all.stream()
                    .filter(d -> !d.relative() || anchor != null).toList();
            // "à l'issue des entretiens" names an event already told: its noun is a date, no new event.
            // "L'ambassade a organisé le 22 janvier une conférence de presse": a press conference is part of the talks
            // it follows, but one the article tells first, alone in its sentence, in an article that tells no talks
            // (before or after it: "Auparavant, les deux ministres avaient eu des entretiens"), is a session.
            boolean pressFirst = events.stream().allMatch(EventMention::headline) && found.size() == 1
                    && clues.pressConference(found.get(0)) && !tellsTalks(article);
            List<PhraseMatch<Concept>> mentions = found.stream().filter(t -> !clues.excludes(t) || pressFirst)
                    .filter(t -> !EventClauses.signedMessage(found, t, sentence.tokens()))
                    .filter(t -> !EventClauses.byPhone(found, t, sentence.tokens()))
                    .filter(t -> !clues.atArrival(t))
                    .filter(t -> !clues.appraised(t, all, found))
                    .filter(t -> !clues.receivesCount(t, written))
                    .filter(t -> !clues.framesMeeting(t, found))
                    .filter(t -> !clues.bareCeremony(t) || events.stream().noneMatch(EventMention::ceremony))
                    // "La cérémonie d'accueil officielle a été présidée par X" after the welcome ceremony was told:
                    // a visit has one, told again; only a sentence that dates it anew may tell another.
                    .filter(t -> !clues.ceremonial(t, found) || !written.isEmpty()
                            || events.stream().noneMatch(EventMention::ceremony))
                    .filter(t -> !EventClauses.receivesMessage(found, t, sentence.tokens(), written))
                    .filter(t -> events.isEmpty() || written.stream().noneMatch(d -> d.relative()
                            && d.first() <= t.start() && t.start() < d.end()))
                    .toList();
            TriggerMentions.SentenceTriggers here = new TriggerMentions.SentenceTriggers(found, written, clues);
            List<EventMention> inSentence = new ArrayList<>();
            List<PhraseMatch<Concept>> placed = new ArrayList<>();
            List<PhraseMatch<Concept>> messages = new ArrayList<>();
            String sentenceDay = null;
            List<DateMention> statusDates = clues.statusDates(dates);
            for (PhraseMatch<Concept> trigger : mentions) {
                if (clues.isPlanned(trigger) || clues.isSetting(trigger)) {
                    plans.planned(trigger, clues.isPlanned(trigger));
                    continue;
                }
                if (clues.demonstrative(trigger) && plans.lastPlanned(trigger)) {
                    continue;
                }
                // "Lors de cette réception, ..." after an audience: a demonstrative names an event told before; when
                // none of its type was, it is the last one told under another name, not a new event. A visit may be
                // named first so: "X a reçu Y. Cette visite ..." tells the visit in which the audience took place.
                boolean demonstrative = clues.demonstrative(trigger);
                // "Lors de la réunion, ..." opening its sentence with no date after a session was told names it too;
                // after a visit, "Lors d'une entrevue, ..." tells one of the visit's meetings, but after "X a reçu Y
                // dans le cadre de sa visite", "Lors de la réception de Y, ..." names the audience.
                boolean setting = demonstrative || EventClauses.opening(sentence.tokens(), trigger)
                        && EventDates.owned(written, mentions, trigger, sentence) == null && !events.isEmpty()
                        && !Set.of(VISIT, MESSAGE).contains(EventMention.lastTold(events).event().type());
                if (setting && !events.isEmpty() && !trigger.value().id().equals(VISIT)
                        && events.stream().noneMatch(e -> e.event().type().equals(trigger.value().id()))) {
                    continue;
                }
                DateMention date = EventDates.owned(written, mentions, trigger, sentence);
                date = date != null && (DateReach.apposedVisit(trigger, date, sentence) || framedVisits.dayOfFramed(
                        trigger, date, mentions, sentence, EventDays.year(article))) ? null : date;
                date = date != null ? date : DateReach.inOwnClause(written, mentions, trigger, sentence,
                        clues.statuses());
                date = date != null ? date
                        : sidelines.of(trigger, written, mentions, clues::isSetting, sentence.tokens());
                date = date != null ? date : starts.of(trigger, written, sentence.tokens());
                date = date != null ? date : occasions.of(trigger, statusDates, sentence.tokens());
                String stated = date == null ? null
                        : date.relative() ? date.after(anchor)
                        : date.iso(EventDays.year(article), EventDays.month(article));
                if (trigger.value().id().equals(MESSAGE) && stated != null && date.first() >= trigger.end()) {
                    stated = EventDays.talksDay(inSentence, stated);
                }
                if ((date == null || date.first() < trigger.end()) && clues.describesDocument(trigger)) {
                    continue;
                }
                // "a présidé mardi la cérémonie d'accueil de X, ..., avant de s'entretenir avec lui": an event with
                // no date of its own after one its sentence dated (not a visit) happened that day.
                boolean stay = trigger.value().id().equals(VISIT);
                // "a eu hier des entretiens avec Y, pendant sa visite": a day counted from the day of publication
                // dates the sentence's events, not a visit framing an event told before it.
                if (stated == null && (!stay || mentions.get(0) == trigger)) {
                    stated = days.published(sentence, article);
                }
                if (stated == null && !stay && lead != null && events.isEmpty()
                        && !trigger.value().id().equals(MESSAGE) && days.undated(sentence, article) != null
                        && lead.dates(sentence.index(), EventParticipants.named(sentence, officials))) {
                    stated = lead.day();
                }
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
                    stated = days.during(inSentence, events, sentence);
                }
                if (stated == null && trigger.value().id().equals(MESSAGE)) {
                    messages.add(trigger);
                    continue;
                }
                if (sameSigning(inSentence, trigger, stated)) {
                    continue;
                }
                // "Dans l'après-midi du 28 mars, X a reçu Y": a sentence opening on a relative day tells a new event.
                // "Il a également reçu Y": one more meeting, whoever it names. A relative day counted from a day
                // its own sentence wrote tells no event after another: the title's may be this one.
                boolean sequel = date != null && toldAnchor != null && (date.relative()
                        || written.stream().anyMatch(d -> d.relative() && d.first() == 0)) || clues.added(trigger);
                List<EventMention> distinct = otherVerbs(inSentence, placed, trigger, sentence,
                        clues.ceremonial(trigger, found));
                // "Le même jour, X et Y ont coprésidé la 2e consultation politique": a new event after those the body
                // told, but the title's may be this one, as for a session an indefinite article introduces.
                if (sequel) {
                    events.stream().filter(e -> !inSentence.contains(e) && !e.headline()).forEach(distinct::add);
                }
                // "discuté de la célébration du centenaire en 2020" in an article of 2019: what is dated in a year
                // after the article's has not happened, whatever the verb; the contract counts no planned event.
                if (stated != null && later(stated, article)) {
                    plans.planned(trigger, true);
                    continue;
                }
                // "Des visites de délégations ont été effectuées régulièrement", "X a rappelé les visites de
                // dirigeants français": visits in the plural that name no one and no date are a habit or a record.
                if (stated == null && trigger.value().id().equals(VISIT) && pluralNoun(sentence, trigger)
                        && EventParticipants.named(sentence, officials).isEmpty()) {
                    continue;
                }
                // "des liens consolidés grâce aux pourparlers entre leurs dirigeants", "via des réunions en ligne":
                // any events in the plural after a means cue, naming no one and no date, are how things are done.
                if (stated == null && means(sentence, trigger)
                        && EventParticipants.named(sentence, officials).isEmpty()) {
                    continue;
                }
                if (trigger.value().id().equals(MESSAGE)) {
                    distinct.addAll(addressees.others(events, sentence, trigger.end(), article.sentences()));
                }
                EventMention mention = triggerMentions.mention(sentence, trigger, stated, officials, article,
                        demonstrative, clues.ceremonial(trigger, found));
                // "Auparavant, X a présidé une table ronde": a session the indefinite article introduces is another
                // than those the body told before (the title's may be this one).
                if (clues.newSession(trigger)) {
                    mention = mention.asNew();
                    events.stream().filter(e -> !inSentence.contains(e) && !e.headline()).forEach(distinct::add);
                }
                List<EventMention> each = new ArrayList<>();
                for (EventMention day : triggerMentions.byDay(mention, date, officials, sentence, trigger, here,
                        article)) {
                    each.addAll(triggerMentions.split(day, officials, sentence, trigger, here));
                }
                plans.planned(trigger, false);
                for (EventMention one : each) {
                    EventMention kept = MentionMerger.merge(events, one, distinct);
                    // Each sender's message, each counterpart's meeting, is its own event, whoever they name.
                    distinct.add(kept);
                    inSentence.add(kept);
                    placed.add(trigger);
                    told.add(kept);
                }
            }
            for (PhraseMatch<Concept> trigger : messages) {
                EventMention message = triggerMentions.mention(sentence, trigger,
                        days.during(inSentence, events, sentence), officials, article, clues.demonstrative(trigger),
                        false);
                List<EventMention> siblings = new ArrayList<>(inSentence);
                siblings.addAll(addressees.others(events, sentence, trigger.end(), article.sentences()));
                // "Dans sa lettre, le Premier ministre Y a ..." after X's message: Y's own letter, not X's again.
                if (MessageSenders.newSender(sentence, trigger, officials, events)) {
                    message = message.asNew();
                    events.stream().filter(e -> e.event().type().equals(MESSAGE)).forEach(siblings::add);
                }
                for (EventMention one : triggerMentions.split(message, officials, sentence, trigger, here)) {
                    EventMention kept = MentionMerger.merge(events, one, siblings);
                    siblings.add(kept);
                    told.add(kept);
                }
            }
        }
        return events.stream().map(EventMention::stated).toList();
    }

    /** A new event of the type told last, for the people of a sentence that says "a fait de même". */
    private Optional<EventMention> repeated(Sentence sentence, List<EventMention> told, List<Official> officials,
            AnnotatedArticle article) {
        EventMention last = told.isEmpty() ? null : told.get(told.size() - 1);
        Stated<Event> again = repeats.repeated(sentence, last == null ? null : last.event(),
                EventDays.lastTold(told), officials, EventDays.year(article), EventDays.month(article));
        return Optional.ofNullable(again).map(a -> new EventMention(a, last.dated()
                || !Objects.equals(again.fact().date(), last.event().date()), false, false));
    }

    /**
     * Whether an ISO date ("2020", "2020-03-05") falls in a year after the article's; "--03-05" never. A later month
     * of the same year may be a year the text left out, so only the year counts.
     */
    private static boolean later(String iso, AnnotatedArticle article) {
        int year = EventDays.year(article);
        return year != 0 && !iso.startsWith("-") && Integer.parseInt(iso.substring(0, 4)) > year;
    }

    /** A noun trigger in the plural right after a means cue ({@code dkg:meansCue}): "grâce aux pourparlers". */
    private boolean means(Sentence sentence, PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return meansCues.findAll(tokens).stream().anyMatch(c -> c.end() == trigger.start())
                && EventClauses.pluralNoun(tokens, trigger);
    }

    /**
     * Whether some sentence of the article tells talks of a kind a press conference may follow. Read only for a
     * press conference told first (rare), so that no other article pays a second pass over its triggers.
     */
    private boolean tellsTalks(AnnotatedArticle article) {
        return article.sentences().stream().anyMatch(s -> triggers.findAll(s.tokens()).stream()
                .anyMatch(t -> TALKS.contains(t.value().id())));
    }

    /** A noun trigger in the plural after its determiner: "les visites", "des visites". */
    private static boolean pluralNoun(Sentence sentence, PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        return trigger.start() > 0 && tokens.get(trigger.start() - 1).tag().startsWith("DET")
                && EventClauses.pluralNoun(tokens, trigger);
    }

    /**
     * Whether {@code trigger} is one more word of a signing its sentence already told: "ont signé trois accords, un
     * mémorandum d'entente signé par les ministres de la Santé et un protocole" is one signing, which the contract
     * counts once, whatever the documents and their signatories (the sentence's people are all the signing's). A
     * signing dated otherwise in the same sentence is another.
     */
    private static boolean sameSigning(List<EventMention> inSentence, PhraseMatch<Concept> trigger, String stated) {
        return trigger.value().id().equals(SIGNING) && inSentence.stream().anyMatch(c -> c.event().type()
                .equals(SIGNING) && (stated == null || !c.dated() || stated.equals(c.event().date())));
    }

    /**
     * The events of a sentence told by another verb than {@code trigger}'s: "a été reçu par X, puis a eu une séance
     * de travail avec Y" is two meetings; "a été reçu en audience par X" is one. A verb trigger after a noun one
     * tells another event too: "a présidé la cérémonie d'accueil de X, ..., avant de s'entretenir avec lui". A
     * trigger in a relative clause after the other says what happened there: "En recevant l'ambassadeur, qui est
     * venu lui présenter ses lettres de créance, ..." is one audience, as is one a noun opening the sentence sets
     * ("Lors de la cérémonie de remise des lettres de créance, X s'est entretenu avec Y"). A welcome ceremony and
     * talks are two meetings:
     * "a accueilli X lors d'une cérémonie officielle, puis les deux dirigeants se sont entretenus".
     */
    private static List<EventMention> otherVerbs(List<EventMention> inSentence, List<PhraseMatch<Concept>> placed,
            PhraseMatch<Concept> trigger, Sentence sentence, boolean ceremony) {
        List<EventMention> distinct = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            PhraseMatch<Concept> other = placed.get(i);
            int from = Math.min(other.end(), trigger.end());
            int to = Math.max(other.start(), trigger.start());
            List<Token> tokens = sentence.tokens();
            boolean verbAfterNoun = other.end() <= trigger.start() && !EventClauses.opening(tokens, other)
                    && EventClauses.same(tokens, other.start(), other.end(), false)
                    && !EventClauses.same(tokens, trigger.start(), trigger.end(), false);
            boolean different = from < to && !EventClauses.same(tokens, from, to, false)
                    && !EventClauses.relative(tokens, other.end(), trigger.start());
            if (different || verbAfterNoun || inSentence.get(i).ceremony() != ceremony) {
                distinct.add(inSentence.get(i));
            }
        }
        return distinct;
    }
}
