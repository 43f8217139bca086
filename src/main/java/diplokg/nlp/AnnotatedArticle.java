package diplokg.nlp;

import diplokg.article.Article;
import java.util.List;

/** An article with its sentences, tokens and tags: what the NLP stage hands to recognition. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    /** The sentence of index {@code index}. */
    public Sentence sentence(int index) {
        return sentences.get(index);
    }
}
