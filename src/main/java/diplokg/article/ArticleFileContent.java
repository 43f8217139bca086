package diplokg.article;

import java.nio.file.Path;
import java.util.List;

/**
 * The articles of one file: one for a text file or a page, one per HTML page for a WARC archive.
 *
 * @param file           the file read
 * @param articles       the articles read, in file order
 * @param problems       the parts of the file that are no article (a WARC record of a page without text, a
 *                       damaged end of the archive), each naming the file and the problem
 * @param skippedRecords WARC responses left out because they are no HTML page (images, scripts, PDFs, redirects)
 */
public record ArticleFileContent(Path file, List<Article> articles, List<ArticleFormatException> problems,
                                 int skippedRecords) {

    public ArticleFileContent {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        if (skippedRecords < 0) {
            throw new IllegalArgumentException("negative count of skipped records " + skippedRecords + " in " + file);
        }
    }

    /** The content of a file that is one article. */
    public static ArticleFileContent of(Article article) {
        return new ArticleFileContent(article.source(), List.of(article), List.of(), 0);
    }
}
