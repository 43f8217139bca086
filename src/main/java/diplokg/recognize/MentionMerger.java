package diplokg.recognize;

import static diplokg.fact.EventTypes.VISIT;

import diplokg.fact.Event;
import diplokg.fact.Stated;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Folds the mentions of one event into one: the article's events, as they are told one mention after another. */
final class MentionMerger {

    /** How many days apart two days of one visit may be told: a state visit lasts a few days. */
    private static final int STAY_DAYS = 7;

    private MentionMerger() {
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
    static EventMention merge(List<EventMention> events, EventMention mention, List<EventMention> distinct) {
        Event event = mention.event();
        if (mention.anaphor()) {
            for (int i = events.size() - 1; i >= 0; i--) {
                EventMention known = events.get(i);
                if (known.event().type().equals(event.type())) {
                    // Told again in the body, a title's event is no longer the title's alone.
                    EventMention told = new EventMention(known.stated(), known.dated(), known.anaphor(),
                            known.headline() && mention.headline(), known.ceremony());
                    events.set(i, told);
                    return told;
                }
            }
        }
        EventMention welcome = null;
        for (int i = 0; i < events.size(); i++) {
            EventMention candidate = events.get(i);
            if (distinct.contains(candidate)) {
                continue;
            }
            Event known = candidate.event();
            boolean sameDate = (!candidate.dated() || !mention.dated() || known.date().equals(event.date())
                    || sameStay(known, event))
                    && !recalledYear(candidate, mention) && !recalledYear(mention, candidate);
            boolean oneSide = Math.min(known.participants().size(), event.participants().size()) <= 1;
            boolean conflict = !known.participants().containsAll(event.participants())
                    && !event.participants().containsAll(known.participants())
                    && (!(candidate.headline() || mention.headline()) || !oneSide || shareSomeone(known, event));
            // "La cérémonie d'accueil s'est déroulée le 5 mai. Les deux dirigeants ont ensuite tenu des entretiens":
            // the welcome ceremony and the talks are two meetings, unless the title tells one of them.
            boolean ceremonyAndTalks = candidate.ceremony() != mention.ceremony()
                    && !(candidate.headline() || mention.headline());
            if (ceremonyAndTalks && known.type().equals(event.type()) && sameDate && !conflict) {
                welcome = candidate;
            }
            if (known.type().equals(event.type()) && sameDate && !conflict && !ceremonyAndTalks) {
                List<String> who = new ArrayList<>(known.participants());
                event.participants().stream().filter(p -> !who.contains(p)).forEach(who::add);
                Event dated = candidate.dated() && !(mention.dated() && firstDay(event, known))
                        || !mention.dated() ? known : event;
                String place = known.place() != null ? known.place() : event.place();
                Stated<Event> first = candidate.stated();
                Event merged = new Event(known.type(), dated.date(), place, who);
                Stated<Event> at = new Stated<>(merged, first.sentence(), first.start(), first.end());
                EventMention result = new EventMention(at, candidate.dated() || mention.dated(),
                        candidate.anaphor() && mention.anaphor(), candidate.headline() && mention.headline(),
                        candidate.ceremony() || mention.ceremony());
                events.set(i, result);
                return result;
            }
        }
        // Talks with no date of their own after a dated welcome ceremony of the same people were held that day.
        EventMention added = welcome != null && welcome.dated() && !mention.dated() ? mention.on(welcome) : mention;
        events.add(added);
        return added;
    }

    /**
     * Whether {@code dated} is dated by a year alone ("s'était rendu au Vietnam en 1958") other than the year of the
     * article's month that {@code undated} took for want of a date of its own: a past event recalled, not the
     * article's own news told again.
     */
    private static boolean recalledYear(EventMention dated, EventMention undated) {
        String year = dated.event().date();
        String month = undated.event().date();
        return dated.dated() && !undated.dated() && year != null && year.length() == 4 && month != null
                && !month.startsWith(year);
    }

    /**
     * Two visits told with days a few days apart and no two places: one stay told by its end ("a quitté Hanoï le 23,
     * concluant sa visite") and by its first day ("au cours de sa visite du 21 au 22"), whose first day dates it.
     */
    private static boolean sameStay(Event one, Event other) {
        return one.type().equals(VISIT) && other.type().equals(VISIT) && isDay(one.date()) && isDay(other.date())
                && Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(one.date()), LocalDate.parse(other.date())))
                <= STAY_DAYS && (one.place() == null || other.place() == null || one.place().equals(other.place()));
    }

    /** Whether {@code event} is a stay's earlier day than {@code known}'s, which it then dates. */
    private static boolean firstDay(Event event, Event known) {
        return sameStay(event, known) && event.date().compareTo(known.date()) < 0;
    }

    private static boolean isDay(String iso) {
        return iso != null && iso.length() == 10 && !iso.startsWith("-");
    }

    private static boolean shareSomeone(Event one, Event other) {
        return one.participants().stream().anyMatch(other.participants()::contains);
    }
}
