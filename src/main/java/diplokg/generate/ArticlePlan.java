package diplokg.generate;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The facts one article will state, chosen by the {@link Planner} before any text is written.
 *
 * @param id            the article id
 * @param header        the month of the date header, when the article has one
 * @param headerDay     the day the header gives too ({@code date YYYY-MM-DD}), or 0
 * @param month         the true month of the article (the header's when there is one)
 * @param partner       the partner state
 * @param vietnam       Vietnam
 * @param vietnamLead   the Vietnamese official of the main event
 * @param partnerLead   the partner's official of the main event
 * @param main          the main event, the article's news
 * @param follow        events of the same news told in the lead (talks during a visit, a signing)
 * @param later         events of the same news told further on (a courtesy call)
 * @param recalled      past events recalled
 * @param sectors       sectors of cooperation, one label each
 * @param level         a partnership level, when the article states one
 * @param relations     the establishment of diplomatic relations, when stated
 * @param target        a quantified target, when stated
 * @param organizations organisations named
 * @param extras        distractors and sentences that state no fact
 * @param retold        whether the article's news is a happening an earlier article of the corpus already reported
 */
record ArticlePlan(String id, Optional<YearMonth> header, int headerDay, YearMonth month, StateProfile partner,
                   StateProfile vietnam, Person vietnamLead, Person partnerLead, EventPlan main,
                   List<EventPlan> follow, List<EventPlan> later, List<EventPlan> recalled,
                   List<VocabularyPhrase> sectors, Optional<LevelPlan> level, Optional<RelationsPlan> relations,
                   Optional<TargetPlan> target, List<Organization> organizations, Extras extras,
                   boolean retold) {

    ArticlePlan {
        follow = List.copyOf(follow);
        later = List.copyOf(later);
        recalled = List.copyOf(recalled);
        sectors = List.copyOf(sectors);
        organizations = List.copyOf(organizations);
    }

    /**
     * An event. {@code a} and {@code b} are bound to the frames' A and B (host and guest of a meeting, visitor and
     * host of a visit, sender and addressee of a message), {@code c} to C; {@code kind} is the frames' section.
     * {@code happening} names the real happening: every report of it, in any article of the corpus, has the same
     * (null until the planner numbers the article's events).
     */
    record EventPlan(String type, String kind, Person a, Person b, Person c, Optional<DateSpec> date, String city,
                     StateProfile destination, boolean ownNews, boolean hosted, int session, String happening) {

        EventPlan(String type, String kind, Person a, Person b, Person c, Optional<DateSpec> date, String city,
                  StateProfile destination, boolean ownNews, boolean hosted, int session) {
            this(type, kind, a, b, c, date, city, destination, ownNews, hosted, session, null);
        }

        EventPlan happening(String id) {
            return new EventPlan(type, kind, a, b, c, date, city, destination, ownNews, hosted, session, id);
        }

        /** The same happening told with another date form. */
        EventPlan dated(Optional<DateSpec> told) {
            return new EventPlan(type, kind, a, b, c, told, city, destination, ownNews, hosted, session, happening);
        }
    }

    /** A level, established by the article's news or existing; an upgrade recalls the former level. */
    record LevelPlan(VocabularyPhrase level, boolean established, Optional<VocabularyPhrase> former, int since) {
    }

    /**
     * The year diplomatic relations began, told as {@code kind}: {@code stated} (the year or the date is written),
     * {@code derived} (an anniversary this year: the header's year minus the years), {@code future} (an
     * anniversary in year {@code at}).
     */
    record RelationsPlan(int year, String kind, DateSpec date, int at) {
    }

    /** A quantified target; {@code year} empty when the text gives none. */
    record TargetPlan(VocabularyPhrase indicator, long value, String unit, Optional<Integer> year) {
    }

    /** Sentences that mislead a careless extractor, and sentences that state nothing. */
    record Extras(boolean invitation, boolean solidarity, boolean pressConference, int otherAnniversary,
                  Optional<StateProfile> third, boolean cptpp, List<StateProfile> links, int fillers) {

        Extras {
            links = List.copyOf(links);
        }
    }
}
