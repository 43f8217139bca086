package diplokg.nlp;

/**
 * A token with its character offsets into the original article text, its folded form for matching and its
 * universal part-of-speech tag ({@code PROPN}, {@code NOUN}, {@code ADJ} ...; empty before tagging).
 */
public record Token(String text, int start, int end, String folded, String tag) {

    public Token {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty token at " + start);
        }
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("token '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    /** A token whose folded form is computed from its text. */
    public static Token of(String text, int start, String tag) {
        return new Token(text, start, start + text.length(), TextFolder.fold(text), tag);
    }

    /** This token with another tag. */
    public Token withTag(String newTag) {
        return new Token(text, start, end, folded, newTag);
    }

    /** Whether the first char is an upper-case letter. */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the tagger calls this token a verb or an auxiliary: where a clause's words about a fact end. */
    public boolean isVerb() {
        return tag.startsWith("VERB") || tag.startsWith("AUX");
    }

    /** Whether the token is made of letters only (hyphens, dots and apostrophes allowed inside). */
    public boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }
}
