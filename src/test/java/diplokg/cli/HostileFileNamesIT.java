package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles whose file names hold spaces, quotes, brackets, {@code # ?} and other characters IRIs may not contain are
 * loaded, and the dump of the store passes Jena's strict parser (every IRI valid): names never reach IRIs verbatim.
 */
class HostileFileNamesIT {

    private static final String ARTICLE = " date 2025-03 Le Vietnam et le Laos renforcent leur coopération\n\n"
            + "Le Premier ministre Pham Minh Chinh a reçu le 3 mars à Hanoï son homologue lao.\n";

    @TempDir
    Path folder;

    @Test
    void everyIriOfTheDumpIsValidWhateverTheFileNames() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        List<String> names = List.of("a b.txt", "l'\"article\".txt", "x<y>{z}|^`.txt", "why?#not.txt", "tab\there.txt",
                "a_b.txt");
        for (String name : names) {
            Files.writeString(articles.resolve(name), ARTICLE);
        }
        String store = folder.resolve("tdb2").toString();
        CliTest.Run load = CliTest.run("ingest", "--data", store, articles.toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().startsWith("Loaded " + names.size() + " articles"), load.out());
        Path dump = folder.resolve("kg.nq");
        CliTest.Run export = CliTest.run("export", "--data", store, "--out", dump.toString());
        assertEquals(0, export.code(), export.err());
        RDFParser.source(dump).lang(Lang.NQUADS).checking(true)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(StreamRDFLib.sinkNull());
        String text = Files.readString(dump);
        for (String name : names) {
            assertTrue(text.contains("\"" + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t")
                    + "\""), "the file name is kept as a literal: " + name);
        }
    }
}
