package diplokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path folder;

    @Test
    void listsTextFilesOfFoldersInNameOrder() throws IOException {
        Files.writeString(folder.resolve("b.txt"), "x");
        Files.writeString(folder.resolve("a.txt"), "x");
        Files.writeString(folder.resolve("notes.md"), "x");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/c.txt"), "x");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(folder));
        assertEquals(List.of(folder.resolve("a.txt"), folder.resolve("b.txt"), folder.resolve("sub/c.txt")),
                listing.files());
        assertEquals(List.of(), listing.problems());
        assertEquals(List.of(folder.resolve("notes.md")), listing.skipped());
    }

    @Test
    void listsPagesAndArchivesAndReportsEveryOtherTypeAsSkipped() throws IOException {
        for (String name : List.of("a.HTML", "b.htm", "c.warc", "d.warc.gz", "e.txt", "f.pdf", "g.docx", "h.gz",
                "i.html.bak", ".DS_Store")) {
            Files.writeString(folder.resolve(name), "x");
        }
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(folder));
        assertEquals(List.of("a.HTML", "b.htm", "c.warc", "d.warc.gz", "e.txt"),
                listing.files().stream().map(f -> f.getFileName().toString()).toList());
        // Hidden files (editor and desktop leftovers) are no articles and not worth a line of the report.
        assertEquals(List.of("f.pdf", "g.docx", "h.gz", "i.html.bak"),
                listing.skipped().stream().map(f -> f.getFileName().toString()).toList());
        assertEquals(List.of(), listing.problems());
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadWhateverItsType() throws IOException {
        Path named = Files.writeString(folder.resolve("notes.md"), "x");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(named));
        assertEquals(List.of(named), listing.files());
        assertEquals(List.of(), listing.skipped());
    }

    @Test
    void reportsAMissingPathAndKeepsTheOthers() throws IOException {
        Path present = Files.writeString(folder.resolve("a.txt"), "x");
        Path missing = folder.resolve("missing");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(missing, present));
        assertEquals(List.of(present), listing.files());
        assertEquals(List.of(missing + ": no such file or folder"),
                listing.problems().stream().map(Exception::getMessage).toList());
    }

    @Test
    void followsLinksInsideTheFolderButNotOutOfIt(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "x");
        Path inside = Files.writeString(folder.resolve("a.txt"), "x");
        Files.createSymbolicLink(folder.resolve("b.txt"), inside);
        Files.createSymbolicLink(folder.resolve("c.txt"), secret);
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(folder));
        assertEquals(List.of(folder.resolve("a.txt"), folder.resolve("b.txt")), listing.files());
        assertEquals(List.of(folder.resolve("c.txt")), listing.problems().stream().map(p -> p.file()).toList());
        assertTrue(listing.problems().get(0).getMessage().contains("a symbolic link out of"));
    }

    @Test
    void reportsAPipeWithoutOpeningItAndListsTheOthers() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "x");
        assertEquals(0, new ProcessBuilder("mkfifo", folder.resolve("b.txt").toString()).start().waitFor());
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(folder));
        assertEquals(List.of(folder.resolve("a.txt")), listing.files());
        assertTrue(listing.problems().get(0).getMessage().contains("not a regular file"));
    }

    @Test
    void anUnreadableSubfolderIsReportedAndItsSiblingsListed() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Files.writeString(folder.resolve("a.txt"), "x");
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            ArticleFiles.Listing listing = ArticleFiles.list(List.of(folder));
            assertEquals(List.of(folder.resolve("a.txt")), listing.files());
            assertEquals(List.of(locked), listing.problems().stream().map(p -> p.file()).toList());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
