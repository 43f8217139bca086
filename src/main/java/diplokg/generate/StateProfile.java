package diplokg.generate;

import java.util.List;

/**
 * What the generator writes about a state, from {@code ontology/states.ttl}.
 *
 * @param code          ISO 3166-1 alpha-2 code
 * @param name          the bare French name ("Japon", "États-Unis", "Cuba")
 * @param withArticle   the name as used in a sentence ("le Japon", "les États-Unis", "Cuba")
 * @param in            the place phrase ("au Japon", "en Inde", "aux États-Unis", "à Cuba")
 * @param adjectives    the adjective in its four forms: masculine, feminine, masculine plural, feminine plural
 * @param capital       the French name of its capital
 * @param plural        whether its name is plural ("les Seychelles soutiennent")
 * @param ownAdjective  whether its adjective is its own: "congolais" names two states, so the generator does not
 *                      write it
 */
record StateProfile(String code, String name, String withArticle, String in, List<String> adjectives,
                    String capital, boolean plural, boolean ownAdjective) {

    StateProfile {
        adjectives = List.copyOf(adjectives);
        if (adjectives.size() != Agreement.values().length) {
            throw new IllegalArgumentException(code + " needs four adjective forms, got " + adjectives);
        }
    }

    /** The agreement of its name: a verb or a possessive after it agrees in number. */
    Agreement agreement() {
        return plural ? Agreement.MP : Agreement.M;
    }

    /** The adjective agreeing with {@code agreement}. */
    String adjective(Agreement agreement) {
        return adjectives.get(agreement.ordinal());
    }
}
