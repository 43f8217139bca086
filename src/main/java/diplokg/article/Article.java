package diplokg.article;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One news article as read from its file.
 *
 * @param id               the file name without {@code .txt}; the article's identity in the graph
 * @param publicationMonth the month of the leading {@code date YYYY-MM} header, when the file has one
 * @param title            the first line without header and photo credit; empty when that line is only a photo
 *                         credit (the contract's empty title)
 * @param sourceCredit     the agency credit ending the article ({@code VNA/CVN}, {@code VNA/VI}), when there is one
 * @param paragraphs       the body, without link lines ({@code >>}) and credit lines
 * @param text             the whole original text; every offset refers to it
 * @param source           the file read (for a page of a WARC archive, the archive)
 * @param publication      the day, address and capture time of the article, when its source gives them; the day,
 *                         when known, lies in {@code publicationMonth}
 */
public record Article(String id, Optional<YearMonth> publicationMonth, Optional<TextBlock> title,
                      Optional<String> sourceCredit, List<TextBlock> paragraphs, String text, Path source,
                      Publication publication) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is blank for " + source);
        }
        title = Objects.requireNonNull(title, "title (Optional.empty() when there is none)");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("article " + id + " has no paragraph");
        }
        if (publication.day().isPresent()
                && !publicationMonth.equals(publication.day().map(YearMonth::from))) {
            throw new IllegalArgumentException("article " + id + ": publication day " + publication.day().get()
                    + " is not in publication month " + publicationMonth.map(YearMonth::toString).orElse("(none)"));
        }
    }

    /** An article of which nothing is known beyond its text (no day, no address). */
    public Article(String id, Optional<YearMonth> publicationMonth, TextBlock title, Optional<String> sourceCredit,
                   List<TextBlock> paragraphs, String text, Path source) {
        this(id, publicationMonth, Optional.of(title), sourceCredit, paragraphs, text, source, Publication.UNKNOWN);
    }

    /** The title's text; the empty string when the article has none (its first line was only a photo credit). */
    public String titleText() {
        return title.map(TextBlock::text).orElse("");
    }

    /** The year of {@link #publicationMonth()}, when the article has one. */
    public OptionalInt publicationYear() {
        return publicationMonth.map(m -> OptionalInt.of(m.getYear())).orElse(OptionalInt.empty());
    }

    /** This article with {@code id}, read from {@code file}, published as {@code where}. */
    public Article from(String articleId, Path file, Publication where) {
        return new Article(articleId, publicationMonth, title, sourceCredit, paragraphs, text, file, where);
    }

    /**
     * The title (when there is one) followed by the body paragraphs: every block that extraction reads, in order. A
     * title line that is a lead paragraph may open with a dateline, which is no text ({@link Dateline}): the block
     * starts after it, while {@link #title()} keeps the line as written.
     */
    public List<TextBlock> blocks() {
        var blocks = new java.util.ArrayList<TextBlock>(paragraphs.size() + 1);
        title.map(Dateline::cut).ifPresent(blocks::add);
        blocks.addAll(paragraphs);
        return List.copyOf(blocks);
    }

    /**
     * The hash of this article's text as read, which the store records so that a load can leave out an unchanged
     * file ({@link ContentHash}). Computed at each call (one SHA-256 over the text).
     */
    public String contentHash() {
        return ContentHash.of(text);
    }
}
