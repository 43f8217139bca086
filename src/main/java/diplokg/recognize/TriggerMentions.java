package diplokg.recognize;

import static diplokg.fact.EventTypes.CONFERENCE;
import static diplokg.fact.EventTypes.MESSAGE;
import static diplokg.fact.EventTypes.PHONE_CALL;
import static diplokg.fact.EventTypes.VISIT;

import diplokg.fact.Event;
import diplokg.fact.Official;
import diplokg.fact.Stated;
import diplokg.lexicon.Concept;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The event mentions one kept trigger tells: its type, date, place and people, then one copy per sender of a message
 * or per counterpart of talks.
 *
 * <p>Design decision: {@link EventRecognizer} decides which triggers tell an event and which date they take; what one
 * such trigger becomes (where it happened, who took part, how many events it is) is a separate job kept here, so that
 * the recogniser's loop reads as the order of its decisions.
 */
final class TriggerMentions {

    private static final Set<String> TALKS = Set.of("meeting", "phone-call");

    private final EventDays days;
    private final EventPlaces places;
    private final EventPartners partners;
    private final SenderStates senderStates;
    private final MessageSenders senders;

    TriggerMentions(Lexicon lexicon, EventDays days) {
        this.days = days;
        this.places = new EventPlaces(lexicon, EventDates.DAY_WINDOW);
        this.partners = new EventPartners(lexicon);
        this.senderStates = new SenderStates(lexicon);
        this.senders = new MessageSenders(lexicon);
    }

    /** The triggers found in a sentence, the dates that may date them, and the sentence's cues found once. */
    record SentenceTriggers(List<PhraseMatch<Concept>> found, List<DateMention> written, TriggerCues cues) {
    }

    /** The mention {@code trigger} tells with the date {@code stated} (null: none written for it). */
    EventMention mention(Sentence sentence, PhraseMatch<Concept> trigger, String stated,
            List<Official> officials, AnnotatedArticle article, boolean demonstrative, boolean ceremony) {
        // "en mars" in an article without a header month dates nothing: the mention is undated.
        String iso = stated != null ? stated : days.undated(sentence, article);
        List<String> who = EventParticipants.named(sentence, officials);
        // A message or a call is sent "à" its recipient: what follows names a person, not where it happened.
        String type = trigger.value().id();
        String place = type.equals(MESSAGE) || type.equals(PHONE_CALL) ? null : places.place(sentence, trigger, who);
        Event event = new Event(type, iso, place, who);
        boolean nominal = EventClauses.same(sentence.tokens(), trigger.start(), trigger.end(), true);
        boolean headline = article.article().title().map(t -> sentence.start() < t.end()).orElse(false);
        // "Selon l'ambassadeur X, cette visite a ouvert ...": a visit named by a noun with no date of its own is the
        // visit told before, whoever its sentence names.
        // "Ont assisté à la conversation téléphonique X et Y": a call named by a noun with no date of its own is the
        // call told before, whoever attended it; an article tells a second call with its own day.
        // "S'exprimant lors du congrès, X ...", "Présente au congrès, Y ...": a session's speakers are named one by
        // one, each with a mention of the session that writes no date; it is the session told before.
        // A noun in a sentence that recalls the past names the event told before; in an article without a date every
        // event lacks one, which says nothing: "X a adressé un message à Y. Z a envoyé une lettre à W" is two.
        boolean anaphor = nominal && (demonstrative || stated == null && days.recollection(sentence)
                || stated == null
                && (type.equals(VISIT) || type.equals(CONFERENCE) || type.equals(PHONE_CALL)
                || EventClauses.opening(sentence.tokens(), trigger)));
        return new EventMention(Evidence.words(event, sentence, trigger.start(), trigger.end()), stated != null,
                anaphor, headline, ceremony);
    }

    /**
     * {@code mention} split by the further days its clause coordinates after the day {@code date} that dates it: "a
     * rencontré le lundi 3 décembre X, puis le 4 Y" is a meeting with X on the 3rd and one with Y on the 4th. Each
     * keeps the people named outside the coordinated phrases (the host) and those of its own phrase; a phrase that
     * names nobody splits nothing ({@link ConsecutiveDays}).
     */
    List<EventMention> byDay(EventMention mention, DateMention date, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger, SentenceTriggers here, AnnotatedArticle article) {
        List<DateMention> later = ConsecutiveDays.later(here.written(), here.found(), trigger, date, sentence);
        if (later.isEmpty()) {
            return recalled(mention, ConsecutiveDays.recalled(here.written(), here.found(), trigger, date, sentence),
                    article);
        }
        List<String> who = mention.event().participants();
        List<Integer> bounds = new ArrayList<>(List.of(Math.max(trigger.end(), date.end())));
        later.forEach(d -> bounds.add(d.first()));
        bounds.add(ConsecutiveDays.nextVerb(sentence.tokens(), later.get(later.size() - 1).end()));
        List<List<String>> spans = EventParticipants.bySpan(sentence, bounds, officials, who);
        if (spans.stream().skip(1).anyMatch(List::isEmpty)) {
            return List.of(mention);
        }
        List<String> host = who.stream().filter(p -> spans.stream().noneMatch(c -> c.contains(p))).toList();
        List<EventMention> days = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            List<String> people = new ArrayList<>(host);
            spans.get(i).stream().filter(p -> !people.contains(p)).forEach(people::add);
            String iso = i == 0 ? mention.event().date()
                    : later.get(i - 1).iso(EventDays.year(article), EventDays.month(article));
            Event event = mention.event();
            Stated<Event> stated = mention.stated();
            days.add(new EventMention(new Stated<>(new Event(event.type(), iso, event.place(), people),
                    stated.sentence(), stated.start(), stated.end()), true, mention.anaphor(), mention.headline(),
                    mention.ceremony()));
        }
        return days;
    }

    /**
     * {@code mention} and one event more, with the same people, for each further month or year its plural noun
     * coordinates: "deux visites en mars 2012 et en mai 2017" ({@link ConsecutiveDays#recalled}).
     */
    private static List<EventMention> recalled(EventMention mention, List<DateMention> later,
            AnnotatedArticle article) {
        List<EventMention> each = new ArrayList<>(List.of(mention));
        Stated<Event> stated = mention.stated();
        Event event = mention.event();
        for (DateMention other : later) {
            String iso = other.iso(EventDays.year(article), EventDays.month(article));
            each.add(new EventMention(new Stated<>(new Event(event.type(), iso, event.place(), event.participants()),
                    stated.sentence(), stated.start(), stated.end()), true, mention.anaphor(), mention.headline(),
                    mention.ceremony()));
        }
        return each;
    }

    /** {@code mention} split by its senders when {@code trigger} is a message, else by its counterparts. */
    List<EventMention> split(EventMention mention, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger, SentenceTriggers here) {
        return trigger.value().id().equals(MESSAGE)
                ? bySender(mention, officials, sentence, trigger, here)
                : byPartner(mention, officials, sentence, trigger, here.cues(), here.found());
    }

    /**
     * One message per sender ({@link MessageSenders}), each with its people; a message its sentence tells as one but
     * whose senders it lists as states is one per state ({@link SenderStates}).
     */
    private List<EventMention> bySender(EventMention message, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger, SentenceTriggers here) {
        List<String> who = message.event().participants();
        List<List<String>> each = senders.split(who, officials, sentence, trigger, here.cues());
        // "des messages de félicitations": the second word is the same message, already split by its senders.
        boolean continued = here.found().stream().anyMatch(m -> m.value().id().equals(MESSAGE)
                && m.end() <= trigger.start() && EventClauses.same(sentence.tokens(), m.end(), trigger.start(), true));
        if (each.size() == 1 && !continued) {
            boolean received = EventClauses.received(here.found(), trigger, sentence.tokens(), here.written());
            int states = senderStates.senders(sentence, trigger, received).size();
            each = states >= 2 ? Collections.nCopies(states, who) : each;
        }
        return each(message, each);
    }

    /** One meeting per counterpart when talks are held "avec X, mais aussi avec Y" ({@link EventPartners}). */
    private List<EventMention> byPartner(EventMention mention, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger, TriggerCues cues, List<PhraseMatch<Concept>> found) {
        if (!TALKS.contains(mention.event().type())) {
            return List.of(mention);
        }
        List<String> who = ownClause(mention.event().participants(), officials, sentence, trigger, found);
        return each(mention, partners.split(who, officials, sentence, trigger, cues, mention.dated()));
    }

    /**
     * The people of talks told in a chain of clauses, each with its own verb: "X s'est entretenu avec A, a eu une
     * entrevue avec B et a rencontré C et D" is talks with A, then with B, then with C and D, each held by X, not
     * one meeting of all. Of the sentence's people {@code who}, the talks of {@code trigger} keep those named before
     * the chain's first talks (its subject) and those of their own clause, up to the next talks of another clause;
     * a sentence with no other talks in another clause, or talks whose clause names nobody, keep all. Talks are of
     * another clause when a verb stands between the end of the first and the end of the second, its own verb
     * included ("reçu en audience" is one); a noun opening the sentence ("Lors de la cérémonie de remise des lettres
     * de créance, X s'est entretenu avec Y") sets the talks, it is no clause of the chain.
     */
    private static List<String> ownClause(List<String> who, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger, List<PhraseMatch<Concept>> found) {
        List<PhraseMatch<Concept>> chain = found.stream().filter(t -> TALKS.contains(t.value().id()))
                .filter(t -> t == trigger || !EventClauses.opening(sentence.tokens(), t))
                .filter(t -> t == trigger || !EventClauses.same(sentence.tokens(), Math.min(t.end(), trigger.end()),
                        Math.max(t.end(), trigger.end()), false))
                .toList();
        if (chain.size() < 2) {
            return who;
        }
        int first = chain.stream().mapToInt(PhraseMatch::start).min().orElseThrow();
        int next = chain.stream().mapToInt(PhraseMatch::start).filter(s -> s >= trigger.end()).min()
                .orElse(sentence.tokens().size());
        List<List<String>> spans = EventParticipants.bySpan(sentence, List.of(0, first, trigger.start(), next),
                officials, who);
        // "s'est joint à son homologue pour tenir des entretiens": a clause that names nobody says nothing of who.
        return spans.get(2).isEmpty() ? who
                : who.stream().filter(p -> spans.get(0).contains(p) || spans.get(2).contains(p)).toList();
    }

    /** A copy of {@code mention} for each list of people. */
    private static List<EventMention> each(EventMention mention, List<List<String>> people) {
        Event event = mention.event();
        Stated<Event> stated = mention.stated();
        return people.stream()
                .map(who -> new EventMention(new Stated<>(new Event(event.type(), event.date(), event.place(), who),
                        stated.sentence(), stated.start(), stated.end()), mention.dated(), mention.anaphor(),
                        mention.headline(), mention.ceremony()))
                .toList();
    }
}
