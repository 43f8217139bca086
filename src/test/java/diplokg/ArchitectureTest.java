package diplokg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A stage knows the ones before it, never the ones after; nothing imports the CLI; only the CLI imports the server. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/diplokg");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?diplokg\\.(\\w+)\\.", Pattern.MULTILINE);

    /** The stages each stage may import (besides itself and the root package). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("article", Set.of()),
            Map.entry("nlp", Set.of("article")),
            Map.entry("vocab", Set.of()),
            Map.entry("fact", Set.of()),
            Map.entry("lexicon", Set.of("nlp", "vocab")),
            Map.entry("recognize", Set.of("article", "nlp", "lexicon", "fact")),
            Map.entry("mapping", Set.of("article", "nlp", "recognize", "vocab", "fact")),
            Map.entry("store", Set.of("vocab")),
            Map.entry("knowledge", Set.of("store", "vocab")),
            Map.entry("ingest", Set.of("article", "nlp", "lexicon", "recognize", "mapping", "store", "vocab", "fact")),
            Map.entry("queries", Set.of("store", "vocab")),
            Map.entry("evaluate", Set.of("article", "ingest", "queries", "store", "vocab", "nlp", "lexicon",
                    "recognize", "mapping", "fact", "knowledge")),
            Map.entry("server", Set.of("store", "queries", "vocab", "lexicon", "nlp", "ingest", "knowledge",
                    "article")),
            Map.entry("validate", Set.of("store", "vocab")),
            Map.entry("generate", Set.of("lexicon", "vocab", "nlp", "fact")),
            // bench checks with validate's SHACL shapes that a store left by a killed writer is still valid.
            Map.entry("bench", Set.of("article", "nlp", "lexicon", "recognize", "mapping", "store", "ingest", "queries",
                    "server", "vocab", "generate", "fact", "knowledge", "evaluate", "validate")),
            Map.entry("cli", Set.of("article", "nlp", "lexicon", "recognize", "mapping", "store", "ingest", "queries",
                    "server", "evaluate", "vocab", "validate", "generate", "bench", "fact", "knowledge")));

    @Test
    void stagesImportOnlyEarlierStages() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String stage = relative.getName(0).toString();
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    String imported = matcher.group(1);
                    if (!imported.equals(stage) && !ALLOWED.getOrDefault(stage, Set.of()).contains(imported)) {
                        violations.add(relative + " imports diplokg." + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
