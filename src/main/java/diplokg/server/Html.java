package diplokg.server;

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

    /** Opens a page: doctype, head with {@code title}, a small stylesheet, body. */
    Html page(String title, String language) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}")
                .append("table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3em .6em;")
                .append("text-align:left;vertical-align:top}code{font-size:.9em}.muted{color:#666}</style>\n")
                .append("</head>\n<body>\n");
        return this;
    }

    /** Opens {@code tag} with attribute name/value pairs. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
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
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
