package diplokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.junit.jupiter.api.io.TempDir;

class WarcArticleReaderTest {

    private static final String INDONESIA = "https://agence.example.org/fr/vietnam-indonesie-post4521.vnp";
    private static final String MONGOLIA = "https://quotidien.example.net/monde/asie/mongolie-comite.html";
    private static final Instant FIRST = Instant.parse("2025-03-12T06:00:00Z");
    private static final Instant SECOND = Instant.parse("2025-03-13T06:00:00Z");

    @TempDir
    Path folder;

    private final WarcArticleReader reader = new WarcArticleReader();

    /** An archive of the Indonesian agency page, then the Mongolian newspaper page in windows-1252. */
    private static Path twoPages(Path file) throws IOException {
        return new WarcFixture()
                .page(INDONESIA, FIRST, "agence-indonesie.html", "utf-8")
                .page(MONGOLIA, SECOND, "journal-mongolie.html", "windows-1252")
                .write(file);
    }

    @Test
    void readsEachHtmlResponseAsAnArticleWithItsTargetAndCaptureDate() throws IOException {
        Path warc = twoPages(folder.resolve("crawl.warc.gz"));
        ArticleFileContent content = reader.read(warc);
        assertEquals(List.of(), content.problems());
        assertEquals(0, content.skippedRecords());
        assertEquals(List.of("vietnam-indonesie-post4521-vnp-" + ContentHash.of(INDONESIA).substring(0, 8),
                        "mongolie-comite-" + ContentHash.of(MONGOLIA).substring(0, 8)),
                content.articles().stream().map(Article::id).toList());
        Article indonesia = content.articles().get(0);
        // The target URI is the address, over the page's own og:url.
        assertEquals(new Publication(Optional.of(LocalDate.of(2025, 3, 12)), Optional.of(URI.create(INDONESIA)),
                Optional.of(FIRST)), indonesia.publication());
        assertEquals("Le Vietnam et l'Indonésie approfondissent leur partenariat stratégique",
                indonesia.titleText());
        assertEquals(warc, indonesia.source());
        Article mongolia = content.articles().get(1);
        assertEquals("Hanoï et Oulan-Bator relancent leur comité intergouvernemental", mongolia.titleText());
        assertEquals(Optional.of(SECOND), mongolia.publication().captured());
    }

    @Test
    void idsAreStableAcrossReadsAndDistinctPerCaptureOfOneAddress() throws IOException {
        Path warc = new WarcFixture()
                .page(INDONESIA, FIRST, "agence-indonesie.html", "utf-8")
                .page(INDONESIA, SECOND, "agence-indonesie.html", "utf-8")
                .write(folder.resolve("twice.warc"));
        List<String> ids = reader.read(warc).articles().stream().map(Article::id).toList();
        String id = "vietnam-indonesie-post4521-vnp-" + ContentHash.of(INDONESIA).substring(0, 8);
        assertEquals(List.of(id, id + "-2"), ids);
        assertEquals(ids, reader.read(warc).articles().stream().map(Article::id).toList());
    }

    @Test
    void countsResponsesThatAreNoHtmlPageAndReportsAPageWithoutText() throws IOException {
        Path warc = new WarcFixture()
                .capture("https://agence.example.org/images/logo.png", FIRST, 200, "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})
                .capture("https://agence.example.org/absent.html", FIRST, 404, "text/html",
                        "<html><body><p>Page introuvable au Japon</p></body></html>".getBytes(StandardCharsets.UTF_8))
                .page("https://agence.example.org/fr/menus", FIRST, "menus-seulement.html", "utf-8")
                .page(INDONESIA, FIRST, "agence-indonesie.html", "utf-8")
                .write(folder.resolve("mixed.warc.gz"));
        ArticleFileContent content = reader.read(warc);
        assertEquals(1, content.articles().size());
        assertEquals(2, content.skippedRecords());
        // Records: 1 warcinfo, then request/response pairs; the page of menus is the response numbered 7.
        assertEquals(List.of(warc + ": record 7 (https://agence.example.org/fr/menus): an HTML page without article "
                        + "text (no paragraph in its main content 'html > body')"),
                content.problems().stream().map(Exception::getMessage).toList());
    }

    @Test
    void keepsTheArticlesBeforeTheDamageOfATruncatedArchive() throws IOException {
        Path whole = twoPages(folder.resolve("whole.warc"));
        long secondResponse;
        try (WarcReader records = new WarcReader(whole)) {
            // warcinfo, request, response, request, response: the fifth record is the second page.
            secondResponse = records.records().skip(4).findFirst().orElseThrow().position();
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("truncated.warc"),
                Arrays.copyOf(bytes, (int) secondResponse + 300));
        ArticleFileContent content = reader.read(truncated);
        assertEquals(List.of("Le Vietnam et l'Indonésie approfondissent leur partenariat stratégique"),
                content.articles().stream().map(a -> a.titleText()).toList());
        assertEquals(1, content.problems().size(), content.problems().toString());
        assertEquals(truncated, content.problems().get(0).file());
    }

    @Test
    void aRecordCutShortSaysTheArchiveEndsInsideIt() throws IOException {
        Path whole = twoPages(folder.resolve("whole.warc"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 200));
        ArticleFileContent content = reader.read(truncated);
        assertEquals(1, content.articles().size());
        assertEquals(1, content.problems().size(), content.problems().toString());
        String problem = content.problems().get(0).problem();
        assertTrue(problem.matches("record 5 \\(\\S+\\): the file ends inside this record \\(.+\\): the archive "
                + "was cut short"), problem);
    }

    @Test
    void aFileThatIsNoWarcArchiveIsAnErrorNamingIt() throws IOException {
        Path fake = Files.writeString(folder.resolve("notes.warc"), "Le Vietnam et le Laos\n\nPas une archive.\n");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(fake));
        assertEquals(fake, e.file());
        assertEquals(true, e.getMessage().startsWith(fake + ": not a WARC archive"), e.getMessage());
    }

    @Test
    void anEmptyArchiveIsAnErrorNamingIt() throws IOException {
        Path empty = Files.write(folder.resolve("empty.warc.gz"), new byte[0]);
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(empty));
        assertEquals(empty + ": a WARC archive without any record", e.getMessage());
    }
}
