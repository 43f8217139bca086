package diplokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
