package diplokg.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page into an {@link Article}: title, publication date and address from the page's metadata
 * ({@link PageMetadata}), body from its main content without the site around it ({@link MainContent},
 * {@link BoilerplateRules}). The page is parsed with jsoup, which reads any HTML a browser reads.
 *
 * <p>Design decision: the page's title, date and paragraphs are written out in the plain-text article format
 * ({@code date YYYY-MM-DD Title}, then one paragraph a line) and that text is read by {@link ArticleReader}. The
 * article's text, and every offset into it, is therefore that rendering: what extraction reads and what sentences
 * point into, without a byte of markup. One set of rules (datelines, agency credits, photo credits) serves files and
 * pages alike, and the content hash changes when the article changes, not when the site's sidebar does.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleReader {

    /** The largest page read: pages carry markup, styles and scripts around a few kilobytes of article. */
    public static final int MAX_BYTES = 8 << 20;

    private final ArticleReader text = new ArticleReader();

    /**
     * Reads the page in {@code file}; its id is the file name without {@code .html}.
     *
     * @throws ArticleFormatException when the file cannot be read or holds no article
     */
    public Article read(Path file) {
        return read(ArticleReader.readBytes(file, MAX_BYTES), Optional.empty(), file, ArticleReader.idOf(file),
                Publication.UNKNOWN);
    }

    /**
     * Reads the page {@code bytes} as article {@code id} of {@code source}.
     *
     * @param charset the charset the server declared, when it did; otherwise the page's own declaration or UTF-8
     * @param known   what is known of the page from outside it (a WARC record's address and capture time); an
     *                address known from outside wins over the one the page gives itself
     * @throws ArticleFormatException naming {@code source} when the page holds no article
     */
    public Article read(byte[] bytes, Optional<String> charset, Path source, String id, Publication known) {
        Document page = parse(bytes, charset, known.url().map(URI::toString).orElse(""), source);
        Element root = MainContent.root(page);
        PageMetadata metadata = PageMetadata.of(page, root);
        String title = metadata.title().orElseThrow(() -> new ArticleFormatException(source, 0,
                "an HTML page without a title (no og:title, h1 or title element)"));
        List<String> paragraphs = MainContent.paragraphs(page, root);
        if (paragraphs.isEmpty()) {
            throw new ArticleFormatException(source, 0, "an HTML page without article text (no paragraph in its "
                    + "main content '" + root.cssSelector() + "')");
        }
        StringBuilder rendering = new StringBuilder();
        metadata.date().ifPresent(date -> rendering.append("date ").append(date).append(' '));
        rendering.append(title).append('\n');
        paragraphs.forEach(paragraph -> rendering.append(paragraph).append('\n'));
        Article article = text.read(source, id, rendering.toString());
        Optional<URI> url = known.url().isPresent() ? known.url() : metadata.url();
        return article.from(id, source, new Publication(article.publication().day(), url, known.captured()));
    }

    private static Document parse(byte[] bytes, Optional<String> charset, String base, Path source) {
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            if (bytes[i] == 0) {
                throw new ArticleFormatException(source, 0, "binary file: NUL byte at offset " + i
                        + ", not an HTML page");
            }
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset.orElse(null), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // jsoup names an unknown charset this way ("Unsupported encoding").
            throw new ArticleFormatException(source, "cannot be decoded: " + e.getMessage(), e);
        }
    }
}
