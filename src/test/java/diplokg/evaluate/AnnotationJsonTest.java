package diplokg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationJsonTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryGoldFileOfTheContractAndWritesItBackUnchanged() throws Exception {
        for (Path file : Files.list(ProjectFiles.CORPUS.resolve("gold")).sorted().toList()) {
            Annotation gold = AnnotationJson.read(file);
            Path copy = folder.resolve(file.getFileName());
            AnnotationJson.write(gold, copy);
            assertEquals(gold, AnnotationJson.read(copy), file.toString());
        }
    }

    @Test
    void keepsNullsAndNumbers() throws Exception {
        Path file = Files.writeString(folder.resolve("x.json"), """
                {"article": "x", "date": null, "title": "T", "states": ["VN"], "pairs": [],
                 "partnerships": [], "officials": [], "sectors": [],
                 "events": [{"type": "visit", "date": null, "place": null, "participants": []}],
                 "relations_established": [{"pair": ["RU", "VN"], "year": 1950}],
                 "targets": [{"pair": ["RU", "VN"], "indicator": "bilateral-trade", "value": 10000000000,
                              "unit": "USD", "year": 2025}],
                 "organizations": [], "agreements": [{"type": "treaty", "pair": null}]}
                """);
        Annotation annotation = AnnotationJson.read(file);
        assertEquals(null, annotation.events().get(0).date());
        assertEquals(1950, annotation.relationsEstablished().get(0).year());
        assertEquals(new java.math.BigDecimal("10000000000"), annotation.targets().get(0).value());
        assertEquals(List.of(new Annotation.AgreementItem("treaty", null)), annotation.agreements());
    }
}
