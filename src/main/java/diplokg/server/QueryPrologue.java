package diplokg.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.shared.PrefixMapping;

/**
 * The PREFIX lines a SPARQL text needs from a prefix map: those of the prefixed names it uses and does not declare.
 * A SPARQL endpoint knows no prefix a query does not declare, so the editor's queries carry their own; only the ones
 * they use, so that the query, not some thirty declarations, is what the editor shows. Read from the text as a
 * reader would (comments and IRIs in angle brackets left out), not parsed: a query being written need not parse.
 */
final class QueryPrologue {

    private static final Pattern DECLARED = Pattern.compile("(?im)^\\s*PREFIX\\s+([\\w.-]*):");
    /** What cannot hold a prefixed name: a PREFIX line, a comment, an IRI written in full. */
    private static final Pattern NOT_NAMES = Pattern.compile("(?im)^\\s*PREFIX\\s.*$|#[^\\n]*|<[^>\\s]*>");

    private QueryPrologue() {
    }

    /** The PREFIX lines for the prefixes of {@code prefixes} that {@code text} uses without declaring them. */
    static String missing(String text, PrefixMapping prefixes) {
        String names = NOT_NAMES.matcher(text).replaceAll(" ");
        Matcher declared = DECLARED.matcher(text);
        Map<String, String> needed = new TreeMap<>();
        prefixes.getNsPrefixMap().forEach((prefix, namespace) -> {
            if (Pattern.compile("(?<![\\w.:-])" + Pattern.quote(prefix) + ":").matcher(names).find()) {
                needed.put(prefix, namespace);
            }
        });
        while (declared.find()) {
            needed.remove(declared.group(1));
        }
        return lines(needed);
    }

    /** PREFIX lines for every prefix of {@code prefixes}, in the order of their names. */
    static String all(PrefixMapping prefixes) {
        return lines(new TreeMap<>(prefixes.getNsPrefixMap()));
    }

    private static String lines(Map<String, String> prefixes) {
        StringBuilder text = new StringBuilder();
        prefixes.forEach((prefix, namespace) ->
                text.append("PREFIX ").append(prefix).append(": <").append(namespace).append(">\n"));
        return text.toString();
    }
}
