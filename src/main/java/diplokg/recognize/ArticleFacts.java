package diplokg.recognize;

import diplokg.fact.Annotation;
import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.nlp.AnnotatedArticle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the recognisers found in one article so far, each fact with the words that state it: the context every
 * {@link Recognizer} reads (the article, and the kinds found before it) and, once all have run, the input of RDF
 * mapping. Immutable: {@link #with} gives a new instance.
 *
 * @param source the article
 * @param facts  the stated facts of each kind found, in text order
 */
public record ArticleFacts(AnnotatedArticle source, Map<FactKind<?>, List<Stated<?>>> facts) {

    public ArticleFacts {
        Map<FactKind<?>, List<Stated<?>>> copy = new LinkedHashMap<>();
        facts.forEach((kind, items) -> {
            items.forEach(item -> kind.cast(item.fact()));
            copy.put(kind, List.copyOf(items));
        });
        facts = Collections.unmodifiableMap(copy);
    }

    /** Nothing found yet in {@code article}. */
    public static ArticleFacts of(AnnotatedArticle article) {
        return new ArticleFacts(article, Map.of());
    }

    /** These facts and {@code found} of {@code kind} (which replaces any found before). */
    public <T> ArticleFacts with(FactKind<T> kind, List<Stated<T>> found) {
        Map<FactKind<?>, List<Stated<?>>> more = new LinkedHashMap<>(facts);
        more.put(kind, List.copyOf(found));
        return new ArticleFacts(source, more);
    }

    /** The stated facts of {@code kind}; empty when none were found or no recogniser of that kind ran. */
    @SuppressWarnings("unchecked")
    public <T> List<Stated<T>> get(FactKind<T> kind) {
        return (List<Stated<T>>) (List<?>) facts.getOrDefault(kind, List.of());
    }

    /** The facts of {@code kind} without their evidence. */
    public <T> List<T> facts(FactKind<T> kind) {
        return get(kind).stream().map(Stated::fact).toList();
    }

    /** What these facts say, in the contract's shape (each kind's items as {@link FactKind#items} keeps them). */
    public Annotation annotation() {
        var article = source.article();
        Annotation.Builder builder = Annotation.builder(article.id(),
                article.publicationMonth().map(Object::toString).orElse(null), article.titleText());
        Contract.KINDS.forEach(kind -> add(builder, kind));
        return builder.build();
    }

    private <T> void add(Annotation.Builder builder, FactKind<T> kind) {
        builder.addAll(kind, kind.items(facts(kind)));
    }
}
