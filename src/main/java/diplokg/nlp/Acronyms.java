package diplokg.nlp;

/**
 * The written forms of an acronym that words are tested against (by the recognisers and the lexicon's phrase
 * tables). They differ on purpose, each by what else the word may hold, so each is named here once rather than
 * written anew where it is read. The recognisers' {@code OrganizationAcronyms.isAcronym} adds what the lexicon knows
 * (vocabularies, states, honorifics).
 */
public final class Acronyms {

    private static final int SHORTEST = 2;

    private Acronyms() {
    }

    /** Two upper-case letters or more and nothing else: "ANC", "APEC", not "COP26" nor "ASEAN-UE". */
    public static boolean capitals(String word) {
        return word.length() >= SHORTEST && word.codePoints().allMatch(Character::isUpperCase);
    }

    /**
     * Upper-case letters that hyphens may join, "ASEAN-UE": the tokenizer keeps a hyphenated compound as one word,
     * which reads as an acronym when every part is one.
     */
    public static boolean capitalsOrHyphens(String word) {
        return word.length() >= SHORTEST && word.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    /**
     * A word whose letters, one at least, are all upper-case, whatever digits or signs it holds: "COP26", "G20",
     * "UE-27", the abbreviated names a document's title ends with.
     */
    public static boolean capitalLetters(String word) {
        return word.length() >= SHORTEST && word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
