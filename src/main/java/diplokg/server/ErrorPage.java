package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.riot.WebContent;

/**
 * Sends an error as a page to browsers and as JSON ({@link ErrorReply}) to everyone else: a person who follows a
 * stale link reads what went wrong and where to go on, an API client still gets the JSON body it parses. JSON comes
 * first in the offer, so a client that accepts anything ({@code *}{@code /*}) gets JSON; browsers ask for HTML with a
 * higher weight than their wildcard.
 */
final class ErrorPage {

    private static final List<String> OFFERS = List.of(WebContent.contentTypeJSON, WebContent.contentTypeHTML);

    private ErrorPage() {
    }

    /** Sends {@code error} in the form the request prefers, replacing whatever the response held. */
    static void send(HttpServletRequest request, HttpServletResponse response, ErrorReply error) throws IOException {
        response.setHeader("Vary", "Accept");
        boolean page = ContentNegotiation.choose(request.getHeader("Accept"), OFFERS)
                .filter(WebContent.contentTypeHTML::equals).isPresent();
        if (!page) {
            error.send(response);
            return;
        }
        GraphReply.sendPage(response, error.status(), render(error));
    }

    private static String render(ErrorReply error) {
        String title = error.status() == HttpServletResponse.SC_NOT_FOUND ? "Not found" : "Error " + error.status();
        Html html = new Html().page(title + " – diplokg", "en");
        html.element("h1", title).element("p", capitalised(error.message()) + ".");
        error.details().keySet().stream().sorted().forEach(key -> html.open("p", "class", "muted")
                .text(key + ": " + error.details().get(key)).close("p"));
        html.open("p").text("Start again from ").link("/", "the home page").text(", browse the ")
                .link("/ontology", "ontology").text(" or ask in ").link("/kg/sparql", "SPARQL").text(".")
                .close("p");
        return html.end();
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
