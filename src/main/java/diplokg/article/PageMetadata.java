package diplokg.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about its article besides the text: title, publication date and address.
 *
 * <p>Title: {@code og:title}, else the article's {@code h1} (the page's first {@code h1} when the article has none),
 * else {@code <title>} without the site name that follows its last separator ({@code |}, {@code -}, {@code –},
 * {@code —}). Date: {@code article:published_time}, else the {@code datePublished} of a JSON-LD
 * {@code NewsArticle} ({@link JsonLdArticle}), else microdata {@code itemprop="datePublished"}, else the first
 * {@code <time datetime>} of the article; a {@code <time>} in a sidebar dates another article, so only the
 * article's own counts. Address: {@code og:url}, else {@code <link rel="canonical">}.
 *
 * @param title the title, on one line
 * @param date  the publication date as {@code YYYY-MM-DD} or {@code YYYY-MM}, as written (the publisher's day)
 * @param url   the page's own absolute address
 */
record PageMetadata(Optional<String> title, Optional<String> date, Optional<URI> url) {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}(?:-\\d{2})?)(?![\\d])");
    private static final int YEAR_MONTH_LENGTH = 7;
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.+?)\\s+[|\\-–—]\\s+[^|\\-–—]+$");

    /** The metadata of {@code page}, whose article is {@code root} ({@link MainContent#root}). */
    static PageMetadata of(Document page, Element root) {
        return new PageMetadata(title(page, root), date(page, root), url(page));
    }

    private static Optional<String> title(Document page, Element root) {
        Optional<String> og = meta(page, "og:title");
        if (og.isPresent()) {
            return og;
        }
        Element heading = Optional.ofNullable(root.selectFirst("h1")).orElse(page.selectFirst("h1"));
        if (heading != null && !MainContent.lineOf(heading).isEmpty()) {
            return Optional.of(MainContent.lineOf(heading));
        }
        String title = page.title().strip();
        Matcher suffixed = SITE_SUFFIX.matcher(title);
        return title.isEmpty() ? Optional.empty() : Optional.of(suffixed.matches() ? suffixed.group(1) : title);
    }

    private static Optional<String> date(Document page, Element root) {
        Stream<Optional<String>> sources = Stream.of(
                meta(page, "article:published_time"),
                JsonLdArticle.datePublished(page),
                attribute(page.selectFirst("[itemprop=datePublished][content]"), "content"),
                attribute(page.selectFirst("time[itemprop=datePublished][datetime]"), "datetime"),
                attribute(root.selectFirst("time[datetime]"), "datetime"));
        return sources.flatMap(Optional::stream)
                .map(ISO_DATE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .filter(PageMetadata::isCalendarDate)
                .findFirst();
    }

    /** Whether {@code date} ({@code YYYY-MM} or {@code YYYY-MM-DD}) names a real month or day. */
    private static boolean isCalendarDate(String date) {
        try {
            if (date.length() == YEAR_MONTH_LENGTH) {
                YearMonth.parse(date);
            } else {
                LocalDate.parse(date);
            }
            return true;
        } catch (DateTimeParseException e) {
            // "2024-13-45" in a page's metadata dates nothing; a later source may.
            return false;
        }
    }

    private static Optional<URI> url(Document page) {
        for (String candidate : List.of(meta(page, "og:url").orElse(""),
                attribute(page.selectFirst("link[rel=canonical][href]"), "abs:href").orElse(""))) {
            try {
                URI uri = new URI(candidate.strip());
                if (uri.isAbsolute() && uri.getScheme().startsWith("http")) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                // An address that does not parse names nothing; the next source may.
                continue;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=\"" + property + "\"][content], meta[name=\"" + property
                + "\"][content]");
        return attribute(meta, "content");
    }

    private static Optional<String> attribute(Element element, String name) {
        if (element == null) {
            return Optional.empty();
        }
        String value = MainContent.oneLine(element.attr(name));
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
