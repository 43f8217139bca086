package diplokg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads any file diplokg reads articles from, by its {@link ArticleFormat}: a text article, a web page, or a WARC
 * archive of pages. A file of no known ending, which the user named on the command line, is read as a web page when
 * it starts like one ({@code <!DOCTYPE html}, {@code <html}) and as a text article otherwise; so is a {@code .txt}
 * file holding a saved page, which would otherwise give an article titled {@code <!DOCTYPE html>}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleFileReader {

    private static final int SNIFFED_BYTES = 512;

    private final ArticleReader text = new ArticleReader();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final WarcArticleReader warc = new WarcArticleReader();

    /**
     * Reads the articles of {@code file}.
     *
     * @throws ArticleFormatException when the file cannot be read or holds no article at all; problems with a part
     *                                of an archive are in the content's {@link ArticleFileContent#problems()}
     */
    public ArticleFileContent read(Path file) {
        Optional<ArticleFormat> format = ArticleFormat.of(file);
        if (format.isPresent() && format.get() == ArticleFormat.WARC) {
            return warc.read(file);
        }
        if (format.isPresent() && format.get() == ArticleFormat.HTML || startsLikeHtml(file)) {
            return ArticleFileContent.of(html.read(file));
        }
        return ArticleFileContent.of(text.read(file));
    }

    /** Whether the first bytes of {@code file} are the start of an HTML page; false when it cannot be read. */
    private static boolean startsLikeHtml(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(SNIFFED_BYTES), StandardCharsets.ISO_8859_1)
                    .replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").stripLeading()
                    .toLowerCase(Locale.ROOT);
            return start.startsWith("<!doctype html") || start.startsWith("<html");
        } catch (IOException e) {
            // The text reader reports why the file cannot be read.
            return false;
        }
    }
}
