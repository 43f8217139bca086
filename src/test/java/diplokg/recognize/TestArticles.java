package diplokg.recognize;

import diplokg.ProjectFiles;
import diplokg.article.Article;
import diplokg.article.Publication;
import diplokg.article.TextBlock;
import diplokg.fact.Contract;
import diplokg.nlp.AnnotatedArticle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds annotated articles from a title and paragraphs written in the test, through the real French models. */
final class TestArticles {

    private TestArticles() {
    }

    /**
     * An article published in {@code month} (null: no date header; "2025-08-11": that day of its month); an empty
     * {@code title} is no title.
     */
    static AnnotatedArticle article(String month, String title, String... paragraphs) {
        Optional<LocalDate> day = month != null && month.length() > 7 ? Optional.of(LocalDate.parse(month))
                : Optional.empty();
        StringBuilder text = new StringBuilder(title);
        List<TextBlock> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            text.append("\n\n");
            blocks.add(new TextBlock(paragraph, text.length(), text.length() + paragraph.length()));
            text.append(paragraph);
        }
        Article article = new Article("test", Optional.ofNullable(month).map(m -> YearMonth.parse(m.substring(0, 7))),
                title.isEmpty() ? Optional.empty() : Optional.of(new TextBlock(title, 0, title.length())),
                Optional.empty(), blocks, text.toString(), Path.of("test.txt"), Publication.UNKNOWN.withDay(day));
        return new AnnotatedArticle(article, ProjectFiles.nlp().annotate(article));
    }

    /** The facts of an article, through the whole extractor. */
    static ArticleFacts facts(String month, String title, String... paragraphs) {
        return new ArticleExtractor(ProjectFiles.lexicon()).extract(article(month, title, paragraphs));
    }

    /** The events of an article, each as its type and date ("meeting 2024-06-04"), through the whole extractor. */
    static List<String> events(String month, String title, String... paragraphs) {
        return facts(month, title, paragraphs).facts(Contract.EVENTS).stream().map(e -> e.type() + " " + e.date())
                .toList();
    }
}
