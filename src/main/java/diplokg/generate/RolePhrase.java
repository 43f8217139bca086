package diplokg.generate;

import java.util.Set;

/**
 * One way the press names an office, in both genders; {@code _} marks where the state adjective goes
 * ("ministre _ des Affaires étrangères").
 *
 * @param roleId    the role concept's id ({@code foreign-minister})
 * @param masculine the phrase for a man
 * @param feminine  the phrase for a woman
 * @param states    the states whose officials it names; empty for every state
 * @param sectors   the sectors its words name ("ministre de la Défense": defense)
 */
record RolePhrase(String roleId, String masculine, String feminine, Set<String> states, Set<String> sectors) {

    static final String ADJECTIVE_MARK = "_";

    RolePhrase {
        states = Set.copyOf(states);
        sectors = Set.copyOf(sectors);
        if (!masculine.contains(ADJECTIVE_MARK) || !feminine.contains(ADJECTIVE_MARK)) {
            throw new IllegalArgumentException("role phrase without adjective mark _: " + masculine);
        }
    }

    /** Whether an official of {@code state} can hold the office under this name. */
    boolean serves(String state) {
        return states.isEmpty() || states.contains(state);
    }

    /** The phrase without adjective ("ministre des Affaires étrangères"). */
    String bare(boolean woman) {
        return withAdjective(woman, "");
    }

    /** The phrase with {@code adjective} in place ("ministre japonais des Affaires étrangères"). */
    String withAdjective(boolean woman, String adjective) {
        String phrase = woman ? feminine : masculine;
        return phrase.replace(ADJECTIVE_MARK, adjective).replaceAll(" {2,}", " ").strip();
    }
}
