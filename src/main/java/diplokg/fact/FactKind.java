package diplokg.fact;

import java.util.List;

/**
 * One kind of fact of the extraction contract: the JSON field that lists its items, the record that holds one item,
 * and the scores computed on it. Kinds are declared once, in {@link Contract}; the JSON writer and reader and the
 * scorer work from these declarations, so a new kind needs no code of theirs.
 *
 * @param field        the contract's JSON key ({@code relations_established})
 * @param type         the record (or {@code String}, {@link StatePair}) of one item
 * @param scores       the fields scored on it, usually one
 * @param multiplicity whether an item is a value, said once however often the article says it (a sector named in
 *                     ten sentences), or a thing of its own, kept as often as it occurs (two treaties of one type)
 * @param <T>          the item type
 */
public record FactKind<T>(String field, Class<T> type, List<Score<T>> scores, Items multiplicity) {

    /** How an article's items of one kind relate to each other. */
    public enum Items {
        /** Equal items are one item. */
        VALUES,
        /** Equal items are as many things, each recognised on its own. */
        THINGS
    }

    public FactKind {
        scores = List.copyOf(scores);
    }

    /** A kind whose equal items are one. */
    public FactKind(String field, Class<T> type, List<Score<T>> scores) {
        this(field, type, scores, Items.VALUES);
    }

    /** An article's items of this kind, in text order: equal values once, things as often as they were recognised. */
    public List<T> items(List<T> recognised) {
        return multiplicity == Items.VALUES ? recognised.stream().distinct().toList() : List.copyOf(recognised);
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
