package diplokg.article;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the paths a user names (files or folders) into the article files to read.
 *
 * <p>A folder contributes its regular files of an {@link ArticleFormat} ({@code .txt}, {@code .html}, {@code .htm},
 * {@code .warc}, {@code .warc.gz}), recursively, in name order so that runs are repeatable. Its other files are
 * listed as skipped, so that a folder of PDFs is reported as such rather than loaded as nothing; hidden files
 * (a name starting with a dot: editor backups, {@code .DS_Store}) are no articles and are passed over.
 * What cannot be read is a problem of the listing, reported with its path, never an exception and never a reason to
 * drop the rest: an unreadable subfolder is reported and its siblings are listed. Inside a folder, a symbolic link
 * is followed only when its target lies inside that folder too (a link to {@code /etc/passwd} named {@code a.txt}
 * would otherwise be loaded and served); devices, pipes and sockets are reported, never opened (a FIFO would block
 * the load for ever). A file named on the command line is the user's explicit choice and is read wherever it is.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * The files found, the paths that could not be listed or are not read, and the files of folders that are of no
     * format diplokg reads.
     */
    public record Listing(List<Path> files, List<ArticleFormatException> problems, List<Path> skipped) {

        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            skipped = List.copyOf(skipped);
        }

        /** A listing in which nothing was skipped. */
        public Listing(List<Path> files, List<ArticleFormatException> problems) {
            this(files, problems, List.of());
        }
    }

    /** Lists the article files under {@code paths}. */
    public static Listing list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<ArticleFormatException> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                listFolder(path, files, problems, skipped);
            } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
                files.add(path);
            } else {
                problems.add(new ArticleFormatException(path, 0, "no such file or folder"));
            }
        }
        return new Listing(files, problems, skipped);
    }

    private static void listFolder(Path folder, List<Path> files, List<ArticleFormatException> problems,
                                   List<Path> skipped) {
        List<Path> found = new ArrayList<>();
        List<Path> foreign = new ArrayList<>();
        try {
            Path root = folder.toRealPath();
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (ArticleFormat.of(file).isPresent()) {
                        accept(file, attributes, root, found, problems);
                    } else if (!file.getFileName().toString().startsWith(".")) {
                        foreign.add(file);
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
        foreign.sort(null);
        skipped.addAll(foreign);
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
}
