package diplokg.recognize;

import diplokg.fact.Official;
import diplokg.nlp.Sentence;
import java.util.List;

/**
 * A sentence that names no event but dates what someone said, before any event is told: "Le gouvernement accordera
 * ..., a déclaré jeudi 31 octobre à Hanoï le vice-Premier ministre X." A lead so written dates the article's news: the
 * first event told after it with no date of its own, where one of the same people took part ("En recevant Y, X a
 * affirmé ..."), or told in the very next sentence naming nobody ("X et Y ont affirmé mardi 6 juillet ... . Lors de
 * leur entretien téléphonique, les deux ministres ..."), happened that day.
 *
 * @param day the day the sentence writes (ISO)
 * @param people the officials it names
 * @param sentence the index of the sentence
 */
record LeadStatement(String day, List<String> people, int sentence) {

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
        return iso == null || iso.length() != 10 || people.isEmpty() ? null
                : new LeadStatement(iso, people, sentence.index());
    }

    /**
     * Whether an event of sentence {@code index} naming {@code who} is the lead's: it shares one of the lead's people,
     * or names nobody right after the lead (its people are the lead's, said again by "leur", "les deux ministres").
     */
    boolean dates(int index, List<String> who) {
        return who.stream().anyMatch(people::contains) || who.isEmpty() && index == sentence + 1;
    }
}
