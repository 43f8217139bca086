package diplokg.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths a user names (files or folders) into the article files to read.
 * A folder contributes its {@code .txt} files, recursively, in name order so that runs are repeatable.
 * A path that cannot be listed becomes a problem of the listing, never an exception: the other paths still count.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The files found and the paths that could not be listed. */
    public record Listing(List<Path> files, List<ArticleFormatException> problems) {

        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Lists the article files under {@code paths}. */
    public static Listing list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<ArticleFormatException> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                listFolder(path, files, problems);
            } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
                files.add(path);
            } else {
                problems.add(new ArticleFormatException(path, 0, "no such file or folder"));
            }
        }
        return new Listing(files, problems);
    }

    private static void listFolder(Path folder, List<Path> files, List<ArticleFormatException> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(ArticleFiles::isArticleName)
                    .filter(p -> !p.equals(folder))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new ArticleFormatException(folder, "cannot be listed: " + e.getMessage(), e));
        }
    }

    private static boolean isArticleName(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
