package diplokg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP {@code Accept} header (RFC 9110 §12.5.1) and the choice it implies among the media types a resource offers.
 *
 * <p>Each offer gets the quality of the most specific range that matches it ({@code text/turtle} before
 * {@code text/*} before {@code *}{@code /*}); the offer with the highest quality wins, and among equal qualities the
 * one the server lists first. A quality of 0 excludes an offer. A missing or blank header accepts everything.
 * Immutable and thread-safe.
 *
 * @param ranges the media ranges in header order
 */
public record AcceptHeader(List<MediaRange> ranges) {

    /** Accepts anything, as a request without an {@code Accept} header does. */
    public static final AcceptHeader ANY = new AcceptHeader(List.of(new MediaRange("*", "*", 1.0)));

    public AcceptHeader {
        ranges = List.copyOf(ranges);
    }

    /**
     * One range of the header.
     *
     * @param type    the type, or {@code *}
     * @param subtype the subtype, or {@code *}
     * @param quality the {@code q} weight, between 0 and 1
     */
    public record MediaRange(String type, String subtype, double quality) {

        /** How closely this range matches {@code mediaType} (2 exact, 1 type wildcard, 0 any), or -1 when not. */
        int specificity(String mediaType) {
            String[] parts = mediaType.toLowerCase(Locale.ROOT).split("/", 2);
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(parts[0])) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return parts.length == 2 && subtype.equals(parts[1]) ? 2 : -1;
        }
    }

    /** The header {@code value}; null or blank accepts anything. Malformed ranges are skipped, not fatal. */
    public static AcceptHeader parse(String value) {
        if (value == null || value.isBlank()) {
            return ANY;
        }
        List<MediaRange> ranges = new ArrayList<>();
        for (String element : value.split(",")) {
            String[] parts = element.split(";", -1);
            String[] names = parts[0].strip().toLowerCase(Locale.ROOT).split("/", -1);
            if (names.length != 2 || names[0].isEmpty() || names[1].isEmpty()
                    || (names[0].equals("*") && !names[1].equals("*"))) {
                continue;
            }
            ranges.add(new MediaRange(names[0], names[1], quality(parts)));
        }
        return ranges.isEmpty() ? ANY : new AcceptHeader(ranges);
    }

    /** The offer this header prefers, or empty when it accepts none of them (HTTP 406). */
    public Optional<String> choose(List<String> offers) {
        String best = null;
        double bestQuality = 0;
        for (String offer : offers) {
            double quality = quality(offer);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality this header gives {@code mediaType}: that of its most specific matching range, else 0. */
    public double quality(String mediaType) {
        int bestSpecificity = -1;
        double quality = 0;
        for (MediaRange range : ranges) {
            int specificity = range.specificity(mediaType);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.quality();
            }
        }
        return quality;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] pair = parameters[i].strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("q")) {
                try {
                    double q = Double.parseDouble(pair[1].strip());
                    return Double.isNaN(q) ? 0 : Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    // RFC 9110 allows servers to ignore a malformed weight; it then counts as the default, 1.
                    return 1.0;
                }
            }
        }
        return 1.0;
    }
}
