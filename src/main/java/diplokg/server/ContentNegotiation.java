package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
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

    private ContentNegotiation() {
    }

    /**
     * The offer the request prefers; empty after a 406 answer listing the offers has been sent. Sets
     * {@code Vary: Accept} either way, so that caches keep one copy per format.
     */
    static Optional<String> choose(HttpServletRequest request, HttpServletResponse response, List<String> offers)
            throws IOException {
        response.setHeader(HttpNames.hVary, HttpNames.hAccept);
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
