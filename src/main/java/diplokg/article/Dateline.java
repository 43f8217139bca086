package diplokg.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that may open a paragraph or the title line ("Hanoï, 12 mars (VNA) –", "Lima (VNA) -", "(VOV) -"):
 * maybe a place and a date, an agency in brackets and a dash; or an agency's acronym, a place, a day and a dash
 * ("AKP Phnom Penh, 21 décembre 2016 –"). It says who wrote the article, where and when, not what happened, so it is
 * no text to extract from: its agency is a credit, not an organisation. The one owner of that rule,
 * for body paragraphs ({@link ArticleReader}) and for a title line that is a lead paragraph ({@link Article#blocks()}).
 */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’.\\- ]{0,40}?(?:\\s*,\\s*[\\p{L}\\p{N} ]{1,30}?)?)?"
            + "\\s*\\((\\p{Lu}[\\p{L}/]{1,15})\\)\\s*[-–—]\\s*"
            + "|^\\p{Lu}{2,6}\\s+\\p{Lu}[\\p{L}'’.\\- ]{0,40}?\\s*,\\s*\\p{N}{1,2}(?:er)?\\s+\\p{L}{3,9}"
            + "(?:\\s+\\p{N}{4})?\\s*[-–—]\\s*");

    private Dateline() {
    }

    /**
     * Where the text of a block between {@code start} and {@code end} of {@code text} begins: after its dateline, when
     * it opens with one and something follows it; {@code start} otherwise.
     */
    static int textStart(String text, int start, int end) {
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        Matcher dateline = DATELINE.matcher(text.substring(first, end));
        return dateline.find() && dateline.end() < end - first ? first + dateline.end() : start;
    }

    /** Whether the text between {@code start} and {@code end} of {@code text} is a dateline and nothing else. */
    static boolean only(String text, int start, int end) {
        Matcher dateline = DATELINE.matcher(text.substring(start, end).strip());
        return dateline.matches();
    }

    /** {@code block} without the dateline that opens it; {@code block} itself when it opens with none. */
    static TextBlock cut(TextBlock block) {
        int from = textStart(block.text(), 0, block.text().length());
        if (from == 0) {
            return block;
        }
        return new TextBlock(block.text().substring(from), block.start() + from, block.end());
    }
}
