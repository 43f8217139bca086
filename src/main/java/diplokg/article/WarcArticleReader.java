package diplokg.article;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC archive of crawled pages ({@code .warc}, {@code .warc.gz}) with jwarc: each {@code response} record
 * of an HTML page answered 2xx is an article, read by {@link HtmlArticleReader}, with the record's target URI as its
 * address and the record's date as its capture time. Its id comes from the address ({@link WebArticleId}); a second
 * capture of the same address in one archive gets {@code -2}, a third {@code -3}, in record order.
 *
 * <p>Other responses (images, scripts, redirects, errors) are counted as skipped; requests, metadata and
 * {@code warcinfo} records describe captures rather than being pages, and are passed over. A record that is an HTML
 * page without article text is a problem of the file, reported with the record's number and address; the other
 * records are still read. A damaged archive keeps the articles read before the damage.
 *
 * <p>Stateless and thread-safe; the whole archive's articles are held in memory.
 */
public final class WarcArticleReader {

    private final HtmlArticleReader html = new HtmlArticleReader();

    /**
     * Reads the articles of {@code file}.
     *
     * @throws ArticleFormatException when the file cannot be opened or does not start as a WARC archive
     */
    public ArticleFileContent read(Path file) {
        List<Article> articles = new ArrayList<>();
        List<ArticleFormatException> problems = new ArrayList<>();
        Map<String, Integer> captures = new HashMap<>();
        int skipped = 0;
        int number = 0;
        try (WarcReader reader = open(file)) {
            Optional<WarcRecord> next = first(reader, file);
            while (next.isPresent()) {
                number++;
                if (next.get() instanceof WarcResponse response) {
                    try {
                        Optional<Article> article = article(file, response, captures);
                        if (article.isPresent()) {
                            articles.add(article.get());
                        } else {
                            skipped++;
                        }
                    } catch (ArticleFormatException e) {
                        problems.add(recordProblem(file, number, response, e.problem()));
                    } catch (EOFException e) {
                        problems.add(recordProblem(file, number, response, "the file ends inside this record ("
                                + describe(e) + "): the archive was cut short"));
                    } catch (IOException e) {
                        problems.add(recordProblem(file, number, response, "not an HTTP response: "
                                + describe(e)));
                    }
                }
                next = following(reader, file, number, problems);
            }
        } catch (IOException e) {
            throw new ArticleFormatException(file, "cannot be read: " + describe(e), e);
        }
        return new ArticleFileContent(file, articles, problems, skipped);
    }

    private static ArticleFormatException recordProblem(Path file, int number, WarcResponse response,
                                                        String problem) {
        String target = response.target() == null ? "no target URI" : response.target();
        return new ArticleFormatException(file, 0, "record " + number + " (" + target + "): " + problem);
    }

    /** What went wrong, also for the exceptions jwarc throws without a message (an early end of file). */
    private static String describe(IOException e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        return e instanceof EOFException ? "unexpected end of file" : e.getClass().getSimpleName();
    }

    private static WarcReader open(Path file) {
        try {
            return new WarcReader(file);
        } catch (IOException e) {
            throw new ArticleFormatException(file, "cannot be read as a WARC archive: " + describe(e), e);
        }
    }

    private static Optional<WarcRecord> first(WarcReader reader, Path file) {
        try {
            Optional<WarcRecord> first = reader.next();
            if (first.isEmpty()) {
                throw new ArticleFormatException(file, 0, "a WARC archive without any record");
            }
            return first;
        } catch (IOException e) {
            throw new ArticleFormatException(file, "not a WARC archive: " + describe(e), e);
        }
    }

    /** The record after record {@code number}; empty at the end or at damage, which is then a problem. */
    private static Optional<WarcRecord> following(WarcReader reader, Path file, int number,
                                                  List<ArticleFormatException> problems) {
        try {
            return reader.next();
        } catch (IOException e) {
            problems.add(new ArticleFormatException(file, "damaged after record " + number + " (the records before "
                    + "are read): " + describe(e), e));
            return Optional.empty();
        }
    }

    private static URI address(Path file, WarcResponse response) {
        try {
            URI address = response.targetURI();
            if (address.isAbsolute()) {
                return address;
            }
        } catch (IllegalArgumentException e) {
            // Reported below with the target as written.
        }
        throw new ArticleFormatException(file, 0, "the target '" + response.target() + "' is no absolute URI");
    }

    /** The article of an HTML page answered 2xx; empty for any other response. */
    private Optional<Article> article(Path file, WarcResponse response, Map<String, Integer> captures)
            throws IOException {
        HttpResponse http = response.http();
        MediaType type = http.contentType().base();
        if (http.status() / 100 != 2 || !(type.equals(MediaType.HTML) || type.equals(MediaType.XHTML))) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes(HtmlArticleReader.MAX_BYTES + 1);
        }
        if (bytes.length > HtmlArticleReader.MAX_BYTES) {
            throw new ArticleFormatException(file, 0, "a page larger than " + HtmlArticleReader.MAX_BYTES / 1024
                    + " KiB: not read");
        }
        URI address = address(file, response);
        String id = WebArticleId.of(address);
        int capture = captures.merge(id, 1, Integer::sum);
        Publication known = new Publication(Optional.empty(), Optional.of(address),
                Optional.of(response.date()));
        return Optional.of(html.read(bytes, Optional.ofNullable(http.contentType().parameters().get("charset")),
                file, capture == 1 ? id : id + "-" + capture, known));
    }
}
