package diplokg.server;

import diplokg.queries.ResultFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;

/**
 * Chooses the media type of an answer from the request's {@code Accept} header with Fuseki's own negotiation
 * ({@link ConNeg}, {@link AcceptList}), the one {@code /kg/sparql} uses, so that every path of the server reads a
 * header the same way: the offer the header weighs highest wins, the server's order breaks ties; no header, or a
 * blank one, gets the first offer; a header that accepts none of the offers gets 406.
 *
 * <p>Design decision: {@link AcceptList} gives an offer the highest weight among the ranges that match it, so
 * {@code text/turtle;q=0, text/*} would still choose Turtle, which the client has just refused. Offers the header
 * names with weight 0 are taken out first; everything else is Jena's matching. {@code /kg/sparql}, which Fuseki
 * answers with its default format rather than 406, is the one path that can still differ, and only there.
 */
final class ContentNegotiation {

    /** The query-string parameter that names a format. */
    static final String FORMAT_PARAMETER = "format";

    /** The names {@code ?format=} takes, and the media types they stand for. */
    private static final Map<String, String> FORMAT_NAMES = formatNames();

    private ContentNegotiation() {
    }

    private static Map<String, String> formatNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (ResultFormat format : ResultFormat.values()) {
            if (format.lang() != null) {
                names.put(format.name().toLowerCase(Locale.ROOT), format.mediaType());
            }
        }
        names.put("html", WebContent.contentTypeHTML);
        return Collections.unmodifiableMap(names);
    }

    /**
     * The offer the request prefers; empty after a 406 answer listing the offers has been sent. Sets
     * {@code Vary: Accept} either way, so that caches keep one copy per format. A {@code format} parameter
     * ({@code ?format=csv}, for clients such as {@code pandas.read_csv(url)} that send no useful header) names the
     * format outright and wins over the header; a name that is not on offer gets 400 with the names that are.
     */
    static Optional<String> choose(HttpServletRequest request, HttpServletResponse response, List<String> offers)
            throws IOException {
        response.setHeader(HttpNames.hVary, HttpNames.hAccept);
        String named = request.getParameter(FORMAT_PARAMETER);
        if (named != null) {
            Optional<String> type = FORMAT_NAMES.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(named.strip()) && offers.contains(e.getValue()))
                    .map(Map.Entry::getValue).findFirst();
            if (type.isEmpty()) {
                ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST, "format '" + named + "' is not available here")
                        .with("parameter", FORMAT_PARAMETER)
                        .with("available", FORMAT_NAMES.entrySet().stream()
                                .filter(e -> offers.contains(e.getValue())).map(Map.Entry::getKey).toList())
                        .send(response);
            }
            return type;
        }
        Optional<String> chosen = choose(request.getHeader(HttpNames.hAccept), offers);
        if (chosen.isEmpty()) {
            ErrorReply.of(HttpServletResponse.SC_NOT_ACCEPTABLE, "none of the accepted media types is available")
                    .with("accept", String.valueOf(request.getHeader(HttpNames.hAccept)))
                    .with("available", offers)
                    .send(response);
        }
        return chosen;
    }

    /**
     * The offer an {@code Accept} header (null when absent) prefers, or empty when it accepts none of them. What
     * {@link ConNeg#chooseContentType} does with a request ({@link ConNeg#match}), without a default that would hide
     * a 406, and with refused offers left out.
     */
    static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        AcceptList header = new AcceptList(accept);
        String[] acceptable = offers.stream().filter(offer -> !refused(header, offer)).toArray(String[]::new);
        if (acceptable.length == 0) {
            return Optional.empty();
        }
        MediaType chosen = AcceptList.match(header, AcceptList.create(acceptable));
        return Optional.ofNullable(chosen).map(MediaType::getContentTypeStr);
    }

    /** Whether the header names {@code offer} itself with weight 0 ("not this one", RFC 9110 §12.4.2). */
    private static boolean refused(AcceptList header, String offer) {
        MediaType type = MediaType.create(offer);
        return header.entries().stream().anyMatch(range -> range.get_q() == 0
                && type.getType().equals(range.getType()) && type.getSubType().equals(range.getSubType()));
    }
}
