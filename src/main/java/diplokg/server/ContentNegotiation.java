package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Chooses the media type of an answer from the request's {@code Accept} header, or answers 406. */
final class ContentNegotiation {

    private ContentNegotiation() {
    }

    /**
     * The offer the request prefers; empty after a 406 answer listing the offers has been sent. Sets
     * {@code Vary: Accept} either way, so that caches keep one copy per format.
     */
    static Optional<String> choose(HttpServletRequest request, HttpServletResponse response, List<String> offers)
            throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<String> chosen = AcceptHeader.parse(request.getHeader("Accept")).choose(offers);
        if (chosen.isEmpty()) {
            ErrorReply.of(HttpServletResponse.SC_NOT_ACCEPTABLE, "none of the accepted media types is available")
                    .with("accept", String.valueOf(request.getHeader("Accept")))
                    .with("available", offers)
                    .send(response);
        }
        return chosen;
    }
}
