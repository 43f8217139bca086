package diplokg.generate;

import diplokg.fact.Annotation;
import java.util.List;

/**
 * One generated article.
 *
 * @param id         its id, the name of its files
 * @param text       the file's text
 * @param gold       its gold annotations
 * @param happenings the happening each gold event reports, in the order of the gold's events
 * @param shapes     the ids of the sentence frames used, in order (to measure variety)
 */
record GeneratedArticle(String id, String text, Annotation gold, List<String> happenings, List<String> shapes) {

    GeneratedArticle {
        happenings = List.copyOf(happenings);
        shapes = List.copyOf(shapes);
    }
}
