package diplokg.server;

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

/** Sends a graph in the RDF syntax the request prefers. */
final class GraphReply {

    static final String HTML = "text/html";

    private GraphReply() {
    }

    /** Negotiates among {@link RdfSyntax} and sends {@code model}; answers 406 when no syntax is acceptable. */
    static void send(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Optional<String> chosen = ContentNegotiation.choose(request, response, RdfSyntax.mediaTypes());
        if (chosen.isPresent()) {
            send(response, model, RdfSyntax.of(chosen.get()).orElseThrow());
        }
    }

    /**
     * Negotiates among {@link RdfSyntax} and HTML and sends {@code model}, or the page {@code html} makes. The RDF
     * syntaxes come first in the offer, so a client that accepts anything gets Turtle; browsers ask for
     * {@code text/html} with a higher weight than their wildcard and get the page.
     */
    static void sendWithPage(HttpServletRequest request, HttpServletResponse response, Model model,
                             Supplier<String> html) throws IOException {
        List<String> offers = new ArrayList<>(RdfSyntax.mediaTypes());
        offers.add(HTML);
        Optional<String> chosen = ContentNegotiation.choose(request, response, offers);
        if (chosen.isEmpty()) {
            return;
        }
        if (chosen.get().equals(HTML)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(HTML);
            response.setCharacterEncoding("UTF-8");
            try (OutputStream out = response.getOutputStream()) {
                out.write(html.get().getBytes(StandardCharsets.UTF_8));
            }
        } else {
            send(response, model, RdfSyntax.of(chosen.get()).orElseThrow());
        }
    }

    /** Sends {@code model} in {@code syntax} with status 200. */
    static void send(HttpServletResponse response, Model model, RdfSyntax syntax) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(syntax.mediaType());
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, syntax.format());
        }
    }
}
