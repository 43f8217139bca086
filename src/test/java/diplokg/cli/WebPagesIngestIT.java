package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.article.WarcFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder mixing a text article, a saved agency page, a WARC archive of a newspaper page and an image, a page of
 * menus only, a false archive and a PDF goes through the real {@code ingest} verb into a TDB2 store on disk: the
 * articles are stored with their address, day and capture time; no state, person or event of the pages' menus,
 * sidebars, comments and footers reaches the store; what is skipped or rejected is said, by name.
 */
class WebPagesIngestIT {

    private static final String WARC_TARGET = "https://quotidien.example.net/monde/asie/mongolie-comite.html";
    private static final String PREFIXES = "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\n"
            + "PREFIX schema: <https://schema.org/>\n";

    @TempDir
    Path folder;

    @Test
    void ingestsTextPagesAndArchivesAndReportsWhatItCannotRead() throws IOException {
        Path articles = mixedFolder();
        String store = folder.resolve("tdb2").toString();
        CliTest.Run load = CliTest.run("ingest", "--data", store, articles.toString());
        assertEquals(3, load.code(), load.err());
        assertTrue(load.out().startsWith("Loaded 3 articles (0 unchanged, 2 rejected, 1 files skipped, "
                + "1 records skipped)"), load.out());
        assertTrue(load.err().contains("rejected: " + articles.resolve("menus-seulement.html")
                + ": an HTML page without article text"), load.err());
        assertTrue(load.err().contains("rejected: " + articles.resolve("faux.warc") + ": not a WARC archive"),
                load.err());
        assertTrue(load.err().contains("skipped 1 file of types diplokg cannot read (it reads .txt, .html, .htm, "
                + ".warc, .warc.gz): " + articles.resolve("rapport.pdf") + "\n"), load.err());
        assertTrue(load.err().contains("skipped 1 WARC response that are no HTML page"), load.err());

        assertEquals(List.of("agence-indonesie|Le Vietnam et l'Indonésie approfondissent leur partenariat stratégique"
                        + "|2025-03-12|https://agence.example.org/fr/politique/"
                        + "vietnam-indonesie-partenariat-strategique-post4521.vnp||agence-indonesie.html",
                "b02_cuba_relations_speciales|Le Vietnam et Cuba réaffirment la solidité de leurs relations spéciales"
                        + "||||b02_cuba_relations_speciales.txt",
                "mongolie-comite-" + diplokg.article.ContentHash.of(WARC_TARGET).substring(0, 8)
                        + "|Hanoï et Oulan-Bator relancent leur comité intergouvernemental|2024-06-27|" + WARC_TARGET
                        + "|2025-03-14T02:00:00Z|crawl.warc.gz"),
                rows(store, "SELECT ?id ?title ?day ?url ?captured ?file WHERE { GRAPH ?g { ?a a dkg:Article ; "
                        + "dkg:articleId ?id ; dkg:title ?title ; dkg:sourceFile ?file . "
                        + "OPTIONAL { ?a schema:datePublished ?day } OPTIONAL { ?a schema:url ?url } "
                        + "OPTIONAL { ?a dkg:capturedAt ?captured } } } ORDER BY ?id",
                        "id", "title", "day", "url", "captured", "file"));

        // The page's states are those of its article, none of the menus (Chine, France), sidebar (Brésil, Japon,
        // Égypte...), comments (Pérou, Chili), related links (Laos, Malaisie) or footer (Mexique, Russie, Inde).
        assertEquals(Set.of("ID", "VN"), new TreeSet<>(rows(store, "SELECT ?code WHERE { GRAPH ?g { ?a "
                + "dkg:articleId \"agence-indonesie\" ; dkg:mentionsState ?s } ?s dkg:iso2 ?code }", "code")));
        assertEquals(Set.of("MN", "VN"), new TreeSet<>(rows(store, "SELECT ?code WHERE { GRAPH ?g { ?a "
                + "dkg:articleId ?id ; dkg:mentionsState ?s FILTER(STRSTARTS(?id, \"mongolie-comite\")) } "
                + "?s dkg:iso2 ?code }", "code")));
        // Its people and events are the two leaders and their meeting and visit in Jakarta, no one of the sidebar.
        assertEquals(List.of("Pham Minh Chinh", "Prabowo Subianto"), rows(store, "SELECT ?name WHERE { GRAPH ?g { "
                + "?a dkg:articleId \"agence-indonesie\" ; dkg:mentionsPerson ?p . ?p dkg:name ?name } } "
                + "ORDER BY ?name", "name"));
        assertEquals(List.of("meeting|Jakarta|2", "visit|Jakarta|2"), rows(store, "SELECT ?type ?place "
                + "(COUNT(?who) AS ?participants) WHERE { GRAPH <https://w3id.org/diplokg/graph/article/"
                + "agence-indonesie> { ?e a dkg:Event ; dkg:eventType ?t ; dkg:place ?place ; dkg:participant ?who } "
                + "BIND(REPLACE(STR(?t), \"^.*/\", \"\") AS ?type) } GROUP BY ?type ?place ORDER BY ?type",
                "type", "place", "participants"));
        List<String> people = rows(store, "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?p a dkg:Person ; dkg:name ?name "
                + "} } ORDER BY ?name", "name");
        for (String sidebarPerson : List.of("Lula", "Ishiba")) {
            assertTrue(people.stream().noneMatch(n -> n.contains(sidebarPerson)), people.toString());
        }
        assertTrue(people.contains("Prabowo Subianto"), people.toString());

        CliTest.Run again = CliTest.run("ingest", "--data", store, articles.toString());
        assertTrue(again.out().startsWith("Loaded 0 articles (3 unchanged, 2 rejected, 1 files skipped, "
                + "1 records skipped)"), again.out());
    }

    @Test
    void aFolderOfTypesItCannotReadIsNoSilentSuccess() throws IOException {
        Path papers = Files.createDirectories(folder.resolve("papers"));
        Files.write(papers.resolve("rapport.pdf"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Files.write(papers.resolve("note.docx"), new byte[] {'P', 'K', 3, 4});
        CliTest.Run load = CliTest.run("ingest", "--data", folder.resolve("tdb2").toString(), papers.toString());
        assertEquals(3, load.code(), load.out() + load.err());
        assertTrue(load.out().startsWith("Loaded 0 articles (0 unchanged, 0 rejected, 2 files skipped)"), load.out());
        assertTrue(load.err().contains("skipped 2 files of types diplokg cannot read (it reads .txt, .html, .htm, "
                + ".warc, .warc.gz): " + papers.resolve("note.docx") + ", " + papers.resolve("rapport.pdf")),
                load.err());
    }

    private Path mixedFolder() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.copy(Path.of("src/test/resources/corpus/articles/b02_cuba_relations_speciales.txt"),
                articles.resolve("b02_cuba_relations_speciales.txt"));
        Files.copy(WarcFixture.PAGES.resolve("agence-indonesie.html"), articles.resolve("agence-indonesie.html"));
        Files.copy(WarcFixture.PAGES.resolve("menus-seulement.html"), articles.resolve("menus-seulement.html"));
        new WarcFixture()
                .page(WARC_TARGET, Instant.parse("2025-03-14T02:00:00Z"), "journal-mongolie.html", "windows-1252")
                .capture("https://quotidien.example.net/logo.png", Instant.parse("2025-03-14T02:00:01Z"), 200,
                        "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .write(articles.resolve("crawl.warc.gz"));
        Files.writeString(articles.resolve("faux.warc"), "Ceci n'est pas une archive.\n");
        Files.write(articles.resolve("rapport.pdf"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        return articles;
    }

    /** The rows of a SELECT run by the {@code sparql} verb, each as its values joined by {@code |}. */
    private static List<String> rows(String store, String query, String... variables) {
        CliTest.Run run = CliTest.run("sparql", "--data", store, "--format", "json", PREFIXES + query);
        assertEquals(0, run.code(), run.err());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> values = new ArrayList<>();
            for (String variable : variables) {
                values.add(row.contains(variable) ? row.get(variable).isLiteral()
                        ? row.getLiteral(variable).getLexicalForm() : row.getResource(variable).getURI() : "");
            }
            rows.add(String.join("|", values));
        }
        return rows;
    }
}
