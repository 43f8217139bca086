package diplokg.generate;

/**
 * An official an article names.
 *
 * @param name     the name as the article writes it
 * @param feminine whether the official is a woman (for agreement)
 * @param state    the ISO code of the state the official serves
 * @param role     the office, as the article names it
 */
record Person(String name, boolean feminine, String state, RolePhrase role) {

    Agreement agreement() {
        return Agreement.person(feminine);
    }
}
