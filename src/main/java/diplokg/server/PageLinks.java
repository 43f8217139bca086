package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code Link} header of one page of a saved query's answer (RFC 8288, as grlc sends it): {@code first},
 * {@code prev} from page 2, and {@code next} when the page is full — the next page may then hold more rows (or none:
 * how many rows an answer has is not known without computing all of it). No {@code last}, for the same reason.
 * The links keep every other parameter of the request.
 */
final class PageLinks {

    private PageLinks() {
    }

    /** The header value for page {@code page} of {@code request}'s answer. */
    static String of(HttpServletRequest request, int page, boolean full) {
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, "first"));
        if (page > 1) {
            links.add(link(request, page - 1, "prev"));
        }
        if (full) {
            links.add(link(request, page + 1, "next"));
        }
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest request, int page, String relation) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().equals(SavedQueryServlet.PAGE)) {
                continue;
            }
            for (String value : parameter.getValue()) {
                query.append(encode(parameter.getKey())).append('=').append(encode(value)).append('&');
            }
        }
        query.append(SavedQueryServlet.PAGE).append('=').append(page);
        return "<" + request.getRequestURI() + "?" + query + ">; rel=\"" + relation + "\"";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
