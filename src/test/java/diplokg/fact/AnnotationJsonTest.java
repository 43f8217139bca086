package diplokg.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import java.math.BigDecimal;
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
        assertEquals(List.of(new Event("visit", null, null, List.of())), annotation.get(Contract.EVENTS));
        assertEquals(List.of(new Establishment(StatePair.of("RU", "VN"), 1950)),
                annotation.get(Contract.RELATIONS_ESTABLISHED));
        assertEquals(List.of(new Target(StatePair.of("RU", "VN"), "bilateral-trade", new BigDecimal("10000000000"),
                "USD", 2025)), annotation.get(Contract.TARGETS));
        assertEquals(List.of(new Agreement("treaty", null)), annotation.get(Contract.AGREEMENTS));
    }

    @Test
    void writesTheLayoutOfTheHandMadeGoldFiles() {
        Annotation annotation = Annotation.builder("x", "2024-11", "Titre \"cité\"")
                .addAll(Contract.STATES, List.of("PE", "VN"))
                .add(Contract.PAIRS, StatePair.of("VN", "PE"))
                .add(Contract.OFFICIALS, new Official("Luong Cuong", "head-of-state", "VN"))
                .add(Contract.OFFICIALS, new Official("Gustavo Adriazén", "foreign-minister", null))
                .add(Contract.TARGETS, new Target(StatePair.of("PE", "VN"), "bilateral-trade",
                        new BigDecimal("5E+9"), "USD", null))
                .build();
        assertEquals("""
                {
                  "article": "x",
                  "date": "2024-11",
                  "title": "Titre \\"cité\\"",
                  "states": ["PE", "VN"],
                  "pairs": [["PE", "VN"]],
                  "partnerships": [],
                  "officials": [
                    {"name": "Luong Cuong", "role": "head-of-state", "state": "VN"},
                    {"name": "Gustavo Adriazén", "role": "foreign-minister", "state": null}
                  ],
                  "sectors": [],
                  "events": [],
                  "relations_established": [],
                  "targets": [
                    {"pair": ["PE", "VN"], "indicator": "bilateral-trade", "value": 5000000000, "unit": "USD", \
                "year": null}
                  ],
                  "organizations": [],
                  "agreements": []
                }
                """, AnnotationJson.write(annotation));
    }

    @Test
    void namesTheFileAndTheProblemOfADocumentThatBreaksTheContract() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.json"), """
                {"article": "bad", "date": null, "title": "T", "pairs": [["VN"]]}
                """);
        ContractException error = assertThrows(ContractException.class, () -> AnnotationJson.read(file));
        assertTrue(error.getMessage().startsWith(file + ": not an annotation document: "), error.getMessage());
        assertTrue(error.getMessage().contains("a pair has two codes"), error.getMessage());
    }
}
