package diplokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {

    @TempDir
    Path folder;

    private final ArticleFileReader reader = new ArticleFileReader();

    @Test
    void aSavedPageNamedTxtIsReadAsAPageNotAsTextTitledDoctype() throws IOException {
        Path saved = Files.copy(WarcFixture.PAGES.resolve("agence-indonesie.html"), folder.resolve("page.txt"));
        ArticleFileContent content = reader.read(saved);
        assertEquals(List.of("Le Vietnam et l'Indonésie approfondissent leur partenariat stratégique"),
                content.articles().stream().map(a -> a.titleText()).toList());
        assertEquals("page", content.articles().get(0).id());
    }

    @Test
    void aPageWithoutEndingIsReadAsAPageAndATextAsText() throws IOException {
        Path page = Files.writeString(folder.resolve("page"), "\uFEFF  <html><head><title>Le Vietnam et Cuba"
                + "</title></head><body><p>Le Vietnam et Cuba ont signé un accord.</p></body></html>");
        Path text = Files.writeString(folder.resolve("texte"), "Le Vietnam et Cuba\n\nLe Vietnam et Cuba "
                + "ont signé un accord.\n");
        assertEquals("Le Vietnam et Cuba", reader.read(page).articles().get(0).titleText());
        assertEquals("Le Vietnam et Cuba ont signé un accord.",
                reader.read(page).articles().get(0).paragraphs().get(0).text());
        assertEquals("Le Vietnam et Cuba", reader.read(text).articles().get(0).titleText());
    }

    @Test
    void aWarcArchiveGivesOneArticlePerPage() throws IOException {
        Path warc = new WarcFixture()
                .page("https://agence.example.org/a.html", Instant.parse("2025-01-01T00:00:00Z"),
                        "agence-indonesie.html", "utf-8")
                .page("https://agence.example.org/b.html", Instant.parse("2025-01-02T00:00:00Z"),
                        "journal-mongolie.html", "windows-1252")
                .write(folder.resolve("pages.WARC.GZ"));
        assertEquals(2, reader.read(warc).articles().size());
    }
}
