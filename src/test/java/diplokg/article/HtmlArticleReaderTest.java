package diplokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {

    private static final Path PAGES = WarcFixture.PAGES;

    @TempDir
    Path folder;

    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Test
    void readsTheArticleOfAnAgencyPageWithoutTheSiteAroundIt() {
        Article article = reader.read(PAGES.resolve("agence-indonesie.html"));
        assertEquals("agence-indonesie", article.id());
        assertEquals("Le Vietnam et l'Indonésie approfondissent leur partenariat stratégique", article.titleText());
        assertEquals(Optional.of(YearMonth.of(2025, 3)), article.publicationMonth());
        assertEquals(new Publication(Optional.of(LocalDate.of(2025, 3, 12)), Optional.of(URI.create(
                "https://agence.example.org/fr/politique/vietnam-indonesie-partenariat-strategique-post4521.vnp")),
                Optional.empty()), article.publication());
        assertEquals(Optional.of("VNA/CVN"), article.sourceCredit());
        assertEquals(List.of(
                "Le Premier ministre Pham Minh Chinh et le président indonésien Prabowo Subianto se sont entretenus "
                        + "mercredi à Jakarta.",
                "Le Premier ministre Pham Minh Chinh a rencontré mercredi 12 mars à Jakarta le président indonésien "
                        + "Prabowo Subianto, lors de sa visite officielle en Indonésie.",
                "Les deux dirigeants ont convenu de porter les échanges commerciaux entre le Vietnam et l'Indonésie à "
                        + "18 milliards de dollars d'ici 2028 et de renforcer leur coopération dans la pêche et "
                        + "l'énergie.",
                "Le Premier ministre Pham Minh Chinh (gauche) et le président indonésien Prabowo Subianto à Jakarta.",
                "Le chef du gouvernement vietnamien a également rencontré la communauté vietnamienne installée en "
                        + "Indonésie avant de regagner Hanoï."),
                article.paragraphs().stream().map(TextBlock::text).toList());
    }

    @Test
    void noWordOfMenusSidebarsCommentsBannersScriptsOrFooterReachesTheText() {
        String text = reader.read(PAGES.resolve("agence-indonesie.html")).text();
        for (String boilerplate : List.of("cookies", "Australie", "Accepter", "Chine", "France", "Rechercher",
                "Accueil", "Facebook", "Japon", "Laos", "Malaisie", "Argentine", "Pérou", "Chili", "brésilien",
                "Lula", "thaïlandais", "Ishiba", "Canada", "Égypte", "Turquie", "Allemagne", "Italie", "Mexique",
                "Russie", "Inde", "Contact", "kényan", "Maroc", "dataLayer", "float", "{")) {
            assertEquals(-1, text.indexOf(boilerplate), "'" + boilerplate + "' leaked into:\n" + text);
        }
    }

    @Test
    void everyBlockPointsIntoTheTextThatExtractionReads() {
        Article article = reader.read(PAGES.resolve("agence-indonesie.html"));
        for (TextBlock block : article.blocks()) {
            assertEquals(block.text(), article.text().substring(block.start(), block.end()));
        }
        // The date leads the text as a text article's header does; the title follows it.
        assertEquals("date 2025-03-12 ".length(), article.title().orElseThrow().start());
    }

    @Test
    void takesTheTitleWithoutSiteNameTheJsonLdArticleDateAndTheDeclaredCharset() {
        Article article = reader.read(PAGES.resolve("journal-mongolie.html"));
        assertEquals("Hanoï et Oulan-Bator relancent leur comité intergouvernemental", article.titleText());
        // The NewsArticle's date, not the WebPage's beside it in the @graph, nor the sidebar's <time>.
        assertEquals(Optional.of(LocalDate.of(2024, 6, 27)), article.publication().day());
        assertEquals(Optional.empty(), article.publication().url());
        assertEquals(List.of(
                "Le comité intergouvernemental entre le Vietnam et la Mongolie a tenu sa vingtième session.",
                "Le vice-Premier ministre Tran Hong Ha et son homologue mongol se sont réunis jeudi à Oulan-Bator pour "
                        + "examiner les progrès de la coopération dans l'agriculture et l'éducation.",
                "Les deux parties ont signé un protocole d'accord sur la formation d'étudiants mongols dans les "
                        + "universités vietnamiennes."),
                article.paragraphs().stream().map(TextBlock::text).toList());
    }

    @Test
    void withoutMarkedContentTakesTheDensestBlockItsTimeAndTheCanonicalAddress() throws IOException {
        Path page = write("sans-balises.htm", """
                <html><head><title>Visite au Laos</title>
                <link rel="canonical" href="https://presse.example.com/laos/visite"></head>
                <body><div id="menu"><p>Le Japon</p><p>La Corée</p></div>
                <div class="colonne"><h1>Le Vietnam et le Laos signent trois accords</h1>
                <time datetime="2024-09-05">5 septembre</time>
                <p>Les ministres du Vietnam et du Laos ont signé jeudi trois accords de coopération.</p>
                <p>Ils portent sur les transports, l'énergie et l'éducation.</p></div>
                <div class="related"><p>La Thaïlande et le Cambodge renouvellent un accord frontalier ancien.</p>
                <p>Le Myanmar accueille une délégation.</p><p>Le Népal aussi.</p></div>
                </body></html>
                """);
        Article article = reader.read(page);
        assertEquals("sans-balises", article.id());
        assertEquals("Le Vietnam et le Laos signent trois accords", article.titleText());
        assertEquals(Optional.of(LocalDate.of(2024, 9, 5)), article.publication().day());
        assertEquals(Optional.of(URI.create("https://presse.example.com/laos/visite")), article.publication().url());
        assertEquals(List.of("Les ministres du Vietnam et du Laos ont signé jeudi trois accords de coopération.",
                "Ils portent sur les transports, l'énergie et l'éducation."),
                article.paragraphs().stream().map(TextBlock::text).toList());
    }

    @Test
    void keepsAnArticleWrappedInAFormAndTellsCueWordsFromLongerNames() throws IOException {
        Path page = write("formulaire.html", """
                <!DOCTYPE html><html><body><form id="aspnetForm" action="/">
                <div class="commentary"><h1>Le Vietnam et Cuba célèbrent leur amitié</h1>
                <p>Les dirigeants du Vietnam et de Cuba ont célébré mardi leur amitié à La Havane.</p></div>
                <div class="comment-box"><p>Un lecteur du Venezuela approuve.</p></div>
                </form></body></html>
                """);
        Article article = reader.read(page);
        assertEquals(List.of("Les dirigeants du Vietnam et de Cuba ont célébré mardi leur amitié à La Havane."),
                article.paragraphs().stream().map(TextBlock::text).toList());
        assertEquals(Optional.empty(), article.publicationMonth());
    }

    @Test
    void ignoresADateThatIsNoCalendarDayAndTakesTheNextSource() throws IOException {
        Path page = write("date.html", """
                <html><head><meta property="article:published_time" content="2024-13-45T10:00:00Z"></head>
                <body><article><h1>Le Vietnam et la Suède</h1><time datetime="2024-10">octobre</time>
                <p>Le Vietnam et la Suède ont tenu des consultations politiques à Stockholm.</p></article></body></html>
                """);
        Article article = reader.read(page);
        assertEquals(Optional.of(YearMonth.of(2024, 10)), article.publicationMonth());
        assertEquals(Optional.empty(), article.publication().day());
    }

    @Test
    void aPageOfMenusOnlyIsAnErrorNamingTheFileAndTheProblem() {
        Path page = PAGES.resolve("menus-seulement.html");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(page));
        assertEquals(page + ": an HTML page without article text (no paragraph in its main content 'html > body')",
                e.getMessage());
    }

    @Test
    void aPageWithoutAnyTitleIsAnErrorNamingTheFile() throws IOException {
        Path page = write("sans-titre.html", "<html><body><p>Le Vietnam et le Chili.</p></body></html>");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(page));
        assertEquals(page + ": an HTML page without a title (no og:title, h1 or title element)", e.getMessage());
    }

    @Test
    void aBinaryFileNamedHtmlIsAnErrorNamingTheFile() throws IOException {
        Path page = Files.write(folder.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(page));
        assertEquals(page + ": binary file: NUL byte at offset 4, not an HTML page", e.getMessage());
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(folder.resolve(name), html, StandardCharsets.UTF_8);
    }
}
