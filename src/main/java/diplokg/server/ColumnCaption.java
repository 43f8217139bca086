package diplokg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The captions of a table's columns named by SPARQL variables: each variable's words apart and in lower case
 * ({@code firstSeen}: "first seen", {@code official_2}: "official 2"), a trailing "label" left out ({@code levelLabel}:
 * "level"), since the cell shows the thing by its label, unless another column is captioned so ({@code level} beside
 * it): two headers reading "level" would leave a reader guessing. The pages keep the variable itself in the header's
 * {@code title}, for whoever writes SPARQL or reads the CSV.
 */
final class ColumnCaption {

    private static final String LABEL = "label";

    private ColumnCaption() {
    }

    /** The captions of {@code variables}, by variable, in their order. */
    static Map<String, String> of(List<String> variables) {
        Map<String, String> words = new LinkedHashMap<>();
        variables.forEach(variable -> words.put(variable, words(variable)));
        Map<String, String> captions = new LinkedHashMap<>();
        for (String variable : variables) {
            String caption = words.get(variable);
            String shorter = caption.endsWith(" " + LABEL) ? caption.substring(0, caption.length() - LABEL.length() - 1)
                    : caption;
            captions.put(variable, words.containsValue(shorter) && !shorter.equals(caption) ? caption : shorter);
        }
        return captions;
    }

    /** The words of {@code variable}, in lower case, apart. */
    private static String words(String variable) {
        List<String> words = new ArrayList<>();
        for (String word : variable.split("_+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})"
                + "|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words.isEmpty() ? variable : String.join(" ", words);
    }
}
