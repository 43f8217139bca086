package diplokg.recognize;

import diplokg.nlp.Sentence;

/** Tokens {@code [first, end)} of a sentence that read as a person's name. */
public record NameSpan(Sentence sentence, int first, int end) {

    public NameSpan {
        if (first < 0 || end <= first || end > sentence.tokens().size()) {
            throw new IllegalArgumentException("bad name span [" + first + ", " + end + ")");
        }
    }

    /** The name as the article writes it. */
    public String text() {
        int from = sentence.tokens().get(first).start() - sentence.start();
        int to = sentence.tokens().get(end - 1).end() - sentence.start();
        return sentence.text().substring(from, to);
    }
}
