package diplokg.server;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;

/**
 * A small HTML writer that escapes every text and attribute value it is given, so that labels, sentences or IRIs
 * from the store can never open a tag or leave an attribute. Only the tag names and fixed markup written by the
 * server go out unescaped. Not thread-safe: one per page.
 */
final class Html {

    private final StringBuilder out = new StringBuilder();

    /** Text with {@code < > & " '} escaped; safe in element content and in quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * A link target that cannot run script: {@code javascript:} and other schemes than http(s), or relative paths
     * starting with {@code /} or {@code #}, become {@code #}.
     */
    static String safeHref(String href) {
        String lower = href.strip().toLowerCase(java.util.Locale.ROOT);
        boolean safe = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("/")
                || lower.startsWith("#");
        return safe ? href : "#";
    }

    /**
     * Opens a page: doctype, head with {@code title}, the site's stylesheet (served from the jar by
     * {@link WebAssets}), body, and the navigation bar every page shares; a "skip" link first, so that keyboard users
     * reach the content without tabbing through the bar.
     */
    Html page(String title, String language) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(WebAssets.PATH).append("/diplokg.css\">\n")
                .append("<link rel=\"icon\" href=\"").append(WebAssets.PATH).append("/favicon.svg\">\n")
                .append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<nav aria-label=\"site\"><a href=\"/\"><strong>diplokg</strong></a>")
                .append("<a href=\"/kg/sparql\">SPARQL editor</a><a href=\"/ontology\">Ontology</a>")
                .append("<a href=\"/api/queries\">API</a></nav>\n<main id=\"main\">\n");
        return this;
    }

    /** A script served from the jar ({@link WebAssets}); {@code name} is fixed text, never data. */
    Html script(String name) {
        out.append("<script src=\"").append(WebAssets.PATH).append('/').append(escape(name))
                .append("\" defer></script>\n");
        return this;
    }

    /**
     * The tables script ({@code tables.js}) with the prefixes of the tables in its {@code data-prefixes}, so that a
     * page's script writes an IRI in the same short form as the server and the command line ({@code rel:FR-VN}).
     */
    Html tables(PrefixMapping prefixes) {
        JsonObject json = new JsonObject();
        prefixes.getNsPrefixMap().forEach(json::put);
        out.append("<script src=\"").append(WebAssets.PATH).append("/tables.js\" data-prefixes=\"")
                .append(escape(JSON.toStringFlat(json))).append("\" defer></script>\n");
        return this;
    }

    /** Opens {@code tag} with attribute name/value pairs; a pair whose value is null is left out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** A link; {@code href} passes through {@link #safeHref}. */
    Html link(String href, String text) {
        return open("a", "href", safeHref(href)).text(text).append("</a>");
    }

    private Html append(String markup) {
        out.append(markup);
        return this;
    }

    /** Closes the page and returns it. */
    String end() {
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }
}
