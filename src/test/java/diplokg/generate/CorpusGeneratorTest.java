package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.article.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final int COUNT = 60;

    @TempDir
    Path folder;

    private final CorpusGenerator generator = new CorpusGenerator(Samples.data());

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @Test
    void sameSeedWritesByteIdenticalFilesWhateverTheThreads() throws IOException {
        Path one = folder.resolve("one");
        Path two = folder.resolve("two");
        generator.write(one, COUNT, 7, 1);
        generator.write(two, COUNT, 7, 2);
        List<Path> files = files(one);
        assertEquals(2 * COUNT, files.size());
        assertEquals(files, files(two));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)),
                    file.toString());
        }
    }

    @Test
    void differentSeedsWriteDifferentArticles() {
        int same = 0;
        for (int i = 0; i < COUNT; i++) {
            if (generator.article(7, i, 6).text().equals(generator.article(8, i, 6).text())) {
                same++;
            }
        }
        assertEquals(0, same);
        assertNotEquals(generator.article(7, 0, 6).id(), generator.article(8, 0, 6).id());
    }

    @Test
    void writesAnArticleAndAGoldFileOfTheSameNameForEachArticle() throws IOException {
        CorpusReport report = generator.write(folder, COUNT, 11, 2);
        assertEquals(COUNT, report.articles());
        List<Path> files = files(folder);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(folder.resolve(file));
        }
        assertEquals(bytes, report.bytes());
        for (Path article : files.stream().filter(f -> f.startsWith("articles")).toList()) {
            String id = ArticleReader.idOf(article);
            assertTrue(id.matches("\\d{6}_[0-9a-f]{16}"), id);
            assertTrue(Files.exists(folder.resolve("gold").resolve(id + ".json")), id);
        }
    }

    @Test
    void everyWrittenArticleIsReadWithoutFormatError() throws IOException {
        generator.write(folder, COUNT, 13, 2);
        ArticleReader reader = new ArticleReader();
        try (Stream<Path> articles = Files.list(folder.resolve("articles"))) {
            for (Path article : articles.toList()) {
                assertTrue(reader.read(article).paragraphs().size() >= 2, article.toString());
            }
        }
    }

    @Test
    void idsAreWideEnoughToSortInOrder() {
        assertEquals(6, CorpusGenerator.digits(1));
        assertEquals(6, CorpusGenerator.digits(1_000_000));
        assertEquals(7, CorpusGenerator.digits(1_000_001));
    }
}
