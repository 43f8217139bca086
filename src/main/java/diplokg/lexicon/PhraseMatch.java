package diplokg.lexicon;

/**
 * A phrase of a {@link PhraseTable} found in a token sequence: tokens {@code [start, end)} carry {@code value}.
 */
public record PhraseMatch<T>(int start, int end, T value) {

    public PhraseMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty phrase match [" + start + ", " + end + ")");
        }
    }
}
