package diplokg.article;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where and when an article was published, as far as its source says. A text file may give the day in its date
 * header; a web page gives its address and often its day; a page read from a WARC archive also has the moment the
 * crawler captured it.
 *
 * @param day      the day of publication, when the source gives the day and not only the month
 * @param url      the address the page was published at ({@code og:url}, the canonical link, the WARC target URI)
 * @param captured when a crawler captured the page (the WARC record's date)
 */
public record Publication(Optional<LocalDate> day, Optional<URI> url, Optional<Instant> captured) {

    /** Nothing known beyond what the article's text says. */
    public static final Publication UNKNOWN = new Publication(Optional.empty(), Optional.empty(), Optional.empty());

    public Publication {
        if (day == null || url == null || captured == null) {
            throw new IllegalArgumentException("a publication field is null (use Optional.empty())");
        }
        url.ifPresent(address -> {
            if (!address.isAbsolute()) {
                throw new IllegalArgumentException("publication url " + address + " is not absolute");
            }
        });
    }

    /** This publication on {@code date}. */
    public Publication withDay(Optional<LocalDate> date) {
        return new Publication(date, url, captured);
    }
}
