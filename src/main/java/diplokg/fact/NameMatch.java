package diplokg.fact;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The contract's rule for names that agree: equal after folding (NFKD without marks, lower case, every run of
 * non-letters and non-digits one space), or one name's words all among the other's with at least one of those
 * words three letters long or more ("Loukachenko" agrees with "Alexandre Loukachenko").
 */
public final class NameMatch {

    private NameMatch() {
    }

    /** The folded form of a name. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether two names agree. */
    public static boolean agree(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String fa = fold(a);
        String fb = fold(b);
        if (fa.equals(fb)) {
            return !fa.isEmpty();
        }
        return contained(fa, fb) || contained(fb, fa);
    }

    private static boolean contained(String shorter, String longer) {
        List<String> words = List.of(shorter.split(" "));
        List<String> others = List.of(longer.split(" "));
        return others.containsAll(words) && words.stream().anyMatch(w -> w.codePointCount(0, w.length()) >= 3);
    }
}
