package diplokg.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about one article, in the shape of the extraction contract: its id, publication month and title,
 * and a list of items for every {@link FactKind} of {@link Contract#KINDS} (empty when none). The same record is the
 * gold written by the generator, the export of the store, and both sides of scoring.
 *
 * @param article the article id (file name without {@code .txt})
 * @param date    the publication month {@code YYYY-MM}, or null
 * @param title   the title line
 * @param facts   the items of each kind, in the contract's order
 */
public record Annotation(String article, String date, String title, Map<FactKind<?>, List<?>> facts) {

    public Annotation {
        Map<FactKind<?>, List<?>> ordered = new LinkedHashMap<>();
        for (FactKind<?> kind : Contract.KINDS) {
            List<?> items = facts.getOrDefault(kind, List.of());
            items.forEach(kind::cast);
            ordered.put(kind, List.copyOf(items));
        }
        if (!Contract.KINDS.containsAll(facts.keySet())) {
            throw new IllegalArgumentException("not a kind of the contract among " + facts.keySet());
        }
        facts = Collections.unmodifiableMap(ordered);
    }

    /** The items of {@code kind}. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(FactKind<T> kind) {
        return (List<T>) facts.get(kind);
    }

    /** An annotation being built, kind by kind. */
    public static Builder builder(String article, String date, String title) {
        return new Builder(article, date, title);
    }

    /** Collects items of any kind; {@link #build()} may be called more than once. */
    public static final class Builder {

        private final String article;
        private final String date;
        private final String title;
        private final Map<FactKind<?>, List<Object>> facts = new LinkedHashMap<>();

        private Builder(String article, String date, String title) {
            this.article = article;
            this.date = date;
            this.title = title;
        }

        /** Adds one item of {@code kind}. */
        public <T> Builder add(FactKind<T> kind, T item) {
            facts.computeIfAbsent(kind, k -> new ArrayList<>()).add(kind.cast(item));
            return this;
        }

        /** Adds items of {@code kind}, in order. */
        public <T> Builder addAll(FactKind<T> kind, List<? extends T> items) {
            items.forEach(item -> add(kind, item));
            return this;
        }

        public Annotation build() {
            return new Annotation(article, date, title, Map.copyOf(facts));
        }
    }
}
