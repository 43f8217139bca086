package diplokg.article;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article id of a page known by its address (a WARC record): the last words of the address, readable, then the
 * first eight hex digits of the address's SHA-256, so that two addresses ending alike stay two articles. The same
 * address always gives the same id, so reloading an archive replaces its articles instead of adding copies; an id
 * holds only ASCII letters, digits and {@code -}, safe in every IRI and file name.
 */
final class WebArticleId {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern PAGE_ENDING = Pattern.compile("\\.(?:s?html?|php|aspx?|jsp)$");
    private static final int MAX_SLUG = 60;
    private static final int HASH_DIGITS = 8;

    private WebArticleId() {
    }

    /** The id of the page at {@code address}. */
    static String of(URI address) {
        String path = address.getPath() == null ? "" : address.getPath();
        String last = path.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        if (last.isEmpty()) {
            last = address.getHost() == null ? "page" : address.getHost();
        }
        String folded = ACCENTS.matcher(Normalizer.normalize(last, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_WORD.matcher(PAGE_ENDING.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll("-");
        slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG) : slug;
        slug = slug.replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "page" : slug) + "-" + ContentHash.of(address.toString()).substring(0, HASH_DIGITS);
    }
}
