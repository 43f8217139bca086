package diplokg.article;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Expands the paths a user names (files or folders) into the article files to read.
 *
 * <p>A folder contributes its {@code .txt} regular files, recursively, in name order so that runs are repeatable.
 * What cannot be read is a problem of the listing, reported with its path, never an exception and never a reason to
 * drop the rest: an unreadable subfolder is reported and its siblings are listed. Inside a folder, a symbolic link
 * is followed only when its target lies inside that folder too (a link to {@code /etc/passwd} named {@code a.txt}
 * would otherwise be loaded and served); devices, pipes and sockets are reported, never opened (a FIFO would block
 * the load for ever). A file named on the command line is the user's explicit choice and is read wherever it is.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The files found and the paths that could not be listed or are not read. */
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
        List<Path> found = new ArrayList<>();
        try {
            Path root = folder.toRealPath();
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isArticleName(file)) {
                        accept(file, attributes, root, found, problems);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new ArticleFormatException(file, "cannot be listed: " + e.getMessage(), e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new ArticleFormatException(folder, "cannot be listed: " + e.getMessage(), e));
        }
        found.sort(null);
        files.addAll(found);
    }

    private static void accept(Path file, BasicFileAttributes attributes, Path root, List<Path> found,
                               List<ArticleFormatException> problems) {
        if (attributes.isSymbolicLink() || Files.isSymbolicLink(file)) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                problems.add(new ArticleFormatException(file, 0, "a broken symbolic link: not read"));
                return;
            }
            if (!target.startsWith(root)) {
                problems.add(new ArticleFormatException(file, 0, "a symbolic link out of " + root + " (to " + target
                        + "): not read"));
                return;
            }
            if (!Files.isRegularFile(target)) {
                problems.add(new ArticleFormatException(file, 0, "a link to something other than a file: not read"));
                return;
            }
        } else if (!attributes.isRegularFile()) {
            problems.add(new ArticleFormatException(file, 0,
                    "not a regular file (a device, a pipe or a socket): not read"));
            return;
        }
        found.add(file);
    }

    private static boolean isArticleName(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
