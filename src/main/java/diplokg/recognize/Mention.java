package diplokg.recognize;

/**
 * A span of article text that names something of a vocabulary.
 *
 * @param value    what is named: an ISO state code or a concept id
 * @param sentence index of the sentence holding the span
 * @param start    start offset in the original article text
 * @param end      end offset (exclusive)
 */
public record Mention(String value, int sentence, int start, int end) {

    public Mention {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("mention without value at " + start);
        }
        if (sentence < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ") in sentence " + sentence);
        }
    }
}
