package diplokg.article;

/**
 * A run of article text that extraction reads (the title or one body paragraph), with its character offsets into the
 * original file text: {@code original.substring(start, end).equals(text)} always holds.
 */
public record TextBlock(String text, int start, int end) {

    public TextBlock {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text block is blank at [" + start + ", " + end + ")");
        }
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "offsets [" + start + ", " + end + ") do not fit a text of length " + text.length());
        }
    }
}
