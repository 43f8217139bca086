package diplokg.fact;



/**
 * A fact with the words of the article that state it: the sentence, and the character span in the original text
 * (the words that name it when the recogniser knows them, else the whole sentence).
 *
 * @param fact     what is stated
 * @param sentence index of the sentence
 * @param start    start offset in the original article text
 * @param end      end offset (exclusive)
 * @param <T>      the kind of fact
 */
public record Stated<T>(T fact, int sentence, int start, int end) {

    public Stated {
        if (fact == null) {
            throw new IllegalArgumentException("nothing stated at " + start + " in sentence " + sentence);
        }
        if (sentence < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in sentence " + sentence
                    + " for " + fact);
        }
    }
}
