package diplokg.fact;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One scored field of the contract: a predicted item matches a gold item when {@code agree} holds.
 *
 * @param field the field's name in the scores ({@code officials.name})
 * @param agree whether a predicted item (first) matches a gold item (second)
 * @param macro whether the field counts in the macro F1 (agreements are reported beside it)
 * @param <T>   the kind of fact scored
 */
public record Score<T>(String field, BiPredicate<T, T> agree, boolean macro) {

    /** A field in the macro F1 whose items match when they are equal. */
    public static <T> Score<T> equal(String field) {
        return new Score<>(field, Objects::equals, true);
    }

    /** A field in the macro F1 whose items match when their keys are equal. */
    public static <T> Score<T> byKey(String field, Function<T, List<?>> key) {
        return new Score<>(field, (a, b) -> key.apply(a).equals(key.apply(b)), true);
    }

    /** The same field, reported beside the macro F1 but not in it. */
    public Score<T> reportedOnly() {
        return new Score<>(field, agree, false);
    }
}
