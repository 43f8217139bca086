package diplokg.nlp;

import java.util.List;

/**
 * A sentence of an article: its text, its offsets into the original article text, its tokens, and its index in
 * reading order (0 is the title's first sentence, or the body's when the article has no title).
 */
public record Sentence(int index, String text, int start, int end, List<Token> tokens) {

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index " + index);
        }
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("sentence does not fit [" + start + ", " + end + ")");
        }
        tokens = List.copyOf(tokens);
    }

    /** The folded text of the sentence; same length as {@link #text()}. */
    public String folded() {
        return TextFolder.fold(text);
    }

    /** The token index at or after the absolute offset {@code offset}, or {@code tokens().size()}. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
