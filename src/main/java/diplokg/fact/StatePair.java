package diplokg.fact;

import java.util.List;

/** Two distinct states, by ISO code, in alphabetical order: the key of a bilateral relation. */
public record StatePair(String first, String second) {

    public StatePair {
        if (first == null || second == null || first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("a state pair needs two codes in order, got " + first + ", " + second);
        }
    }

    /** The pair of {@code a} and {@code b}, in either order; {@code a} and {@code b} must differ. */
    public static StatePair of(String a, String b) {
        return a.compareTo(b) < 0 ? new StatePair(a, b) : new StatePair(b, a);
    }

    /** Whether {@code code} is one of the two. */
    public boolean contains(String code) {
        return first.equals(code) || second.equals(code);
    }

    /** The two codes, sorted. */
    public List<String> codes() {
        return List.of(first, second);
    }

    /** "JP-VN", the form used in IRIs. */
    public String key() {
        return first + "-" + second;
    }
}
