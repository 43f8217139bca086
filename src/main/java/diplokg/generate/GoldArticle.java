package diplokg.generate;

import java.util.List;

/**
 * The gold annotations of one generated article, in the shape of {@code annotations.md}: exactly what the text
 * states, because the generator wrote the text from these facts.
 *
 * @param article               the article id (file name without {@code .txt})
 * @param date                  publication month {@code YYYY-MM} of the header, or null
 * @param title                 the title line without header and photo credit
 * @param states                ISO codes of the states the text names, sorted
 * @param pairs                 the bilateral relation the article is about, as sorted pairs
 * @param partnerships          levels stated for a pair
 * @param officials             officials named with their office
 * @param sectors               sector ids, in order of first mention
 * @param events                diplomatic events that happened
 * @param relationsEstablished  years diplomatic relations began
 * @param targets               quantified targets
 * @param organizations         organisations, each with the names the text gives it
 * @param agreements            documents adopted, signed or referred to
 */
record GoldArticle(String article, String date, String title, List<String> states, List<List<String>> pairs,
                   List<Partnership> partnerships, List<Official> officials, List<String> sectors,
                   List<Event> events, List<Relations> relationsEstablished, List<Target> targets,
                   List<List<String>> organizations, List<Agreement> agreements) {

    GoldArticle {
        states = List.copyOf(states);
        pairs = List.copyOf(pairs);
        partnerships = List.copyOf(partnerships);
        officials = List.copyOf(officials);
        sectors = List.copyOf(sectors);
        events = List.copyOf(events);
        relationsEstablished = List.copyOf(relationsEstablished);
        targets = List.copyOf(targets);
        organizations = List.copyOf(organizations);
        agreements = List.copyOf(agreements);
    }

    /** A level stated for a pair; {@code status} is {@code established} or {@code existing}. */
    record Partnership(List<String> pair, String level, String status) {
    }

    /** An official: name as written in its fullest form, role id, ISO code of the state served. */
    record Official(String name, String role, String state) {
    }

    /** An event: type id, ISO date ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, {@code --MM-DD}) or null,
     * city or null, participants' names. */
    record Event(String type, String date, String place, List<String> participants) {

        Event {
            participants = List.copyOf(participants);
        }
    }

    /** The year diplomatic relations of a pair began. */
    record Relations(List<String> pair, int year) {
    }

    /** A quantified target; {@code year} may be null. */
    record Target(List<String> pair, String indicator, long value, String unit, Integer year) {
    }

    /** A document; {@code pair} is null for a multilateral one. */
    record Agreement(String type, List<String> pair) {
    }
}
