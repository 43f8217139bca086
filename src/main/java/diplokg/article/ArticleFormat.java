package diplokg.article;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file diplokg reads articles from, told apart by the end of the file name: a folder contributes only
 * files of these kinds, and the article id of a text or HTML file is its name without the ending.
 */
public enum ArticleFormat {
    /** The plain-text article format of {@link ArticleReader}. */
    TEXT(List.of(".txt")),
    /** A web page, read by {@link HtmlArticleReader}. */
    HTML(List.of(".html", ".htm")),
    /** A WARC archive of crawled pages, read by {@link WarcArticleReader}; each HTML response is an article. */
    WARC(List.of(".warc.gz", ".warc"));

    private final List<String> endings;

    ArticleFormat(List<String> endings) {
        this.endings = endings;
    }

    /** The format whose ending {@code file}'s name has (case ignored); empty for a file diplokg cannot read. */
    public static Optional<ArticleFormat> of(Path file) {
        String name = lowerName(file);
        for (ArticleFormat format : values()) {
            if (format.endings.stream().anyMatch(name::endsWith)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** {@code file}'s name without the ending of its format, or the whole name when it has none. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = lowerName(file);
        for (ArticleFormat format : values()) {
            for (String ending : format.endings) {
                if (lower.endsWith(ending) && lower.length() > ending.length()) {
                    return name.substring(0, name.length() - ending.length());
                }
            }
        }
        return name;
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
