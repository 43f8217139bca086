package diplokg.server;

import diplokg.queries.ResultFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.WebContent;

/** Sends a graph in the RDF syntax the request prefers. */
final class GraphReply {

    static final String HTML = WebContent.contentTypeHTML;

    private GraphReply() {
    }

    /**
     * Negotiates among the {@link ResultFormat#GRAPHS graph formats} and sends {@code model}; answers 406 when no
     * syntax is acceptable.
     */
    static void send(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Optional<String> chosen = ContentNegotiation.choose(request, response, graphOffers());
        if (chosen.isPresent()) {
            send(response, model, graphFormat(chosen.get()));
        }
    }

    /**
     * Negotiates among the graph formats and HTML and sends {@code model}, or the page {@code html} makes. The RDF
     * syntaxes come first in the offer, so a client that accepts anything gets Turtle; browsers ask for
     * {@code text/html} with a higher weight than their wildcard and get the page.
     */
    static void sendWithPage(HttpServletRequest request, HttpServletResponse response, Model model,
                             Supplier<String> html) throws IOException {
        List<String> offers = new ArrayList<>(graphOffers());
        offers.add(HTML);
        Optional<String> chosen = ContentNegotiation.choose(request, response, offers);
        if (chosen.isEmpty()) {
            return;
        }
        if (chosen.get().equals(HTML)) {
            sendPage(response, HttpServletResponse.SC_OK, html.get());
        } else {
            send(response, model, graphFormat(chosen.get()));
        }
    }

    /** Sends the HTML page {@code page} with {@code status}, replacing whatever the response held. */
    static void sendPage(HttpServletResponse response, int status, String page) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(HTML);
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            out.write(page.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The RDF syntaxes, then plain {@code application/json}, which many HTTP clients send and which is answered as
     * JSON-LD (with JSON-LD's own media type), as the saved-query API does for graphs.
     */
    private static List<String> graphOffers() {
        List<String> offers = new ArrayList<>(ResultFormat.mediaTypes(ResultFormat.GRAPHS));
        offers.add(WebContent.contentTypeJSON);
        return offers;
    }

    private static ResultFormat graphFormat(String mediaType) {
        return WebContent.contentTypeJSON.equals(mediaType) ? ResultFormat.JSONLD
                : ResultFormat.byMediaType(mediaType).orElseThrow();
    }

    /**
     * Sends {@code model} in the RDF syntax {@code format} with status 200. JSON-LD is Jena's default JSON-LD
     * writer: compacted, with the graph's prefixes as its {@code @context}.
     */
    static void send(HttpServletResponse response, Model model, ResultFormat format) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType());
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, format.lang());
        }
    }
}
