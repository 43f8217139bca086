package diplokg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The fuzz corpus, declared once for every test that feeds it to a reader ({@code FuzzCorpusIT} through the CLI's
 * {@code ingest}, {@code FuzzUploadIT} through the server's upload): the files of {@code src/test/resources/fuzz/}
 * and the inputs too large or too strange to keep in the repository (a 2 MiB file, 100,000 spaces, a title of 20,000
 * spaces, a 250 KB line, hostile file names), each bad one with the reason every reader gives it.
 */
public final class FuzzCorpus {

    public static final Path FOLDER = Path.of("src/test/resources/fuzz");

    /** A good article, stored under a hostile name; tests also place it where no reader may go. */
    public static final String GOOD = " date 2025-03 Le Vietnam et le Laos renforcent leur coopération\n\n"
            + "Le Premier ministre Pham Minh Chinh a reçu le 3 mars à Hanoï son homologue lao.\n";

    /** An empty file whose name holds a tab, brackets, {@code %} and a non-ASCII letter. */
    public static final String BAD_NAME = "tab\there [and] 100% ü.txt";
    /** A good article whose name holds quotes, a backquote and {@code <>{}|^#?}. */
    public static final String GOOD_NAME = "l'\"article\" <x>{y}|^`#?.txt";

    /** Every bad file of the corpus, and the part of the reason that any reader of it must give. */
    public static final Map<String, String> REJECTED = Map.ofEntries(
            Map.entry("empty.txt", "empty file: no title and no body"),
            Map.entry("spaces-only.txt", "empty file: no title and no body"),
            Map.entry(BAD_NAME, "empty file: no title and no body"),
            Map.entry("binary.txt", "binary file: NUL byte at offset"),
            Map.entry("nul-byte.txt", "binary file: NUL byte at offset"),
            Map.entry("impossible-date.txt", "invalid date header 'date 2024-02-30'"),
            Map.entry("year-zero.txt", "the year is outside 1900-2199"),
            Map.entry("month-thirteen.txt", "invalid date header 'date 2024-13'"),
            Map.entry("latin1.txt", "not valid UTF-8"),
            Map.entry("junk.html", "an HTML page without a title"),
            Map.entry("script-only.htm", "an HTML page without a title"),
            Map.entry("one-word.txt", "a title but no body text"),
            Map.entry("title-only.txt", "a title but no body text"),
            Map.entry("links-only.txt", "a title but no body text"),
            Map.entry("truncated.warc", "expected 4867 more bytes"),
            Map.entry("not-gzip.warc.gz", "not a WARC archive"),
            Map.entry("oversized.txt", "larger than 1024 KiB, the size limit of an article file: not read"));

    /** The corpus's odd files that are still articles, and load. */
    public static final Set<String> READABLE = Set.of("control-characters.txt", "title-of-spaces.txt",
            "one-capitalised-word-line.txt", "crlf-and-bom.txt", "long-line.txt", "title-of-20000-spaces.txt",
            "line-of-250-kb.txt", GOOD_NAME);

    private FuzzCorpus() {
    }

    /**
     * Writes every file of the corpus, bad and readable, into the empty folder {@code folder}.
     *
     * @throws AssertionError when a file of {@link #FOLDER} is declared neither bad nor readable
     */
    public static void write(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        String sentence = "Le Vietnam et le Laos coopèrent dans les domaines de l'éducation et de la santé. ";
        write(folder, "oversized.txt", "Le Vietnam et le Laos\n\n" + sentence.repeat(2 * 1024 * 1024
                / sentence.length() + 1) + "\n");
        write(folder, "spaces-only.txt", " ".repeat(100_000) + "\n" + "\t".repeat(1000) + "\n");
        write(folder, BAD_NAME, "");
        write(folder, "title-of-20000-spaces.txt", "Le Vietnam et le Laos" + " ".repeat(20_000)
                + "Photo : VNA/CVN\n\nLe Premier ministre Pham Minh Chinh a reçu le 3 mars à Hanoï son homologue.\n");
        write(folder, "line-of-250-kb.txt", "Le Vietnam et le Laos\n\n" + sentence.repeat(250_000
                / sentence.length()) + "\n");
        write(folder, GOOD_NAME, GOOD);
        Set<String> declared = new TreeSet<>(REJECTED.keySet());
        declared.addAll(READABLE);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(declared, new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()),
                    "every file of " + FOLDER + " is declared bad or readable in " + FuzzCorpus.class.getName());
        }
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
