package diplokg.recognize;

import diplokg.fact.Official;
import diplokg.nlp.Sentence;
import java.util.List;

/**
 * A sentence that names no event but dates what someone said, before any event is told: "Le gouvernement accordera
 * ..., a déclaré jeudi 31 octobre à Hanoï le vice-Premier ministre X." A lead so written dates the article's news: the
 * first event told after it with no date of its own, where one of the same people took part ("En recevant Y, X a
 * affirmé ..."), happened that day.
 *
 * @param day the day the sentence writes (ISO)
 * @param people the officials it names
 */
record LeadStatement(String day, List<String> people) {

    /**
     * The lead statement of {@code sentence}, or null when it writes no single day (a range dates a stay, not a
     * statement) or names nobody.
     */
    static LeadStatement of(Sentence sentence, List<DateMention> written, List<Official> officials, int year,
            int month) {
        List<String> people = EventParticipants.named(sentence, officials);
        DateMention day = written.stream().filter(d -> !d.relative() && !d.range() && d.day() > 0).findFirst()
                .orElse(null);
        String iso = day == null ? null : day.iso(year, month);
        return iso == null || iso.length() != 10 || people.isEmpty() ? null : new LeadStatement(iso, people);
    }

    /** Whether an event naming {@code who} shares one of the lead's people. */
    boolean names(List<String> who) {
        return who.stream().anyMatch(people::contains);
    }
}
