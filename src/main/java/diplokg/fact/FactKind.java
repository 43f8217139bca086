package diplokg.fact;

import java.util.List;

/**
 * One kind of fact of the extraction contract: the JSON field that lists its items, the record that holds one item,
 * and the scores computed on it. Kinds are declared once, in {@link Contract}; the JSON writer and reader and the
 * scorer work from these declarations, so a new kind needs no code of theirs.
 *
 * @param field  the contract's JSON key ({@code relations_established})
 * @param type   the record (or {@code String}, {@link StatePair}) of one item
 * @param scores the fields scored on it, usually one
 * @param <T>    the item type
 */
public record FactKind<T>(String field, Class<T> type, List<Score<T>> scores) {

    public FactKind {
        scores = List.copyOf(scores);
    }

    /** {@code item} as an item of this kind; a value of another type is a programming error, named. */
    public T cast(Object item) {
        if (!type.isInstance(item)) {
            throw new IllegalArgumentException(field + " holds " + type.getSimpleName() + " items, not " + item);
        }
        return type.cast(item);
    }

    @Override
    public String toString() {
        return field;
    }
}
