package diplokg.generate;

import java.util.List;
import java.util.Set;

/**
 * An organisation the generator can name.
 *
 * @param kind      {@code multilateral}, {@code party}, {@code company} or {@code media}
 * @param home      the ISO code of its state, or {@code -}
 * @param lead      what precedes the name but is not part of it (an article, "le groupe"), or {@code -}
 * @param name      its full name, or {@code -}
 * @param shortLead what precedes the short name, or {@code -}
 * @param shortName its acronym or brand, or {@code -}
 * @param states    the states its names name (read with the lexicon)
 * @param sectors   the sectors its names name (read with the lexicon)
 */
record Organization(String kind, String home, String lead, String name, String shortLead, String shortName,
                    Set<String> states, Set<String> sectors) {

    static final String NONE = "-";

    Organization {
        states = Set.copyOf(states);
        sectors = Set.copyOf(sectors);
        if (name.equals(NONE) && shortName.equals(NONE)) {
            throw new IllegalArgumentException("organisation without a name: " + kind + " " + lead);
        }
    }

    /** Its names, full name first. */
    List<String> names() {
        return java.util.stream.Stream.of(name, shortName).filter(n -> !n.equals(NONE)).toList();
    }
}
