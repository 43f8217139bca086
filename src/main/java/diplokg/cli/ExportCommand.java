package diplokg.cli;

import diplokg.DiplokgException;
import diplokg.store.StoreExporter;
import diplokg.store.TdbStore;
import diplokg.vocab.Namespaces;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code diplokg export}: dumps the whole store as N-Quads or TriG, or one named graph as Turtle. */
@Command(name = "export",
        description = {"Write the store, or one named graph, as RDF.",
            "The whole store (every article graph and the reference graph) as N-Quads or TriG, or one named graph"
                + " as Turtle, to stdout or a file (gzipped when its name ends with .gz).",
            "Streams a consistent snapshot from one read transaction."})
final class ExportCommand implements Callable<Integer> {

    /** The values of {@code --format}, by their usual file extensions. */
    enum Format {
        NQ(StoreExporter.Format.NQUADS), TRIG(StoreExporter.Format.TRIG);

        private final StoreExporter.Format storeFormat;

        Format(StoreExporter.Format storeFormat) {
            this.storeFormat = storeFormat;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}, for the whole store (default: nq).")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph, as Turtle.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout; .gz compresses.")
    Path out;

    @Override
    public Integer call() {
        StoreExporter.Format datasetFormat = datasetFormat();
        try (ReadableStore readable = ReadableStore.open(project, spec.commandLine().getErr())) {
            TdbStore store = readable.store();
            if (graph != null && !store.containsGraph(graph)) {
                throw new ParameterException(spec.commandLine(), "no graph <" + graph + "> in " + project.data());
            }
            StoreExporter exporter = new StoreExporter(store, Namespaces.of(project.base()));
            ToLongFunction<Writer> export = graph != null ? w -> exporter.writeGraph(graph, w)
                    : w -> exporter.writeDataset(datasetFormat, w);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                export.applyAsLong(stdout);
                stdout.flush();
            } else {
                long count = writeFile(export);
                spec.commandLine().getErr().printf(Locale.ROOT, "Exported %,d %s to %s%n", count,
                        graph != null ? "triples" : "quads", out);
            }
        }
        return ExitCode.OK.code();
    }

    private StoreExporter.Format datasetFormat() {
        if (graph != null && format != null) {
            throw new ParameterException(spec.commandLine(), "--format applies to the whole store; --graph writes "
                    + "Turtle");
        }
        return format == null ? Format.NQ.storeFormat : format.storeFormat;
    }

    /**
     * Writes to a temporary file beside {@code out} and moves it into place when complete, so a failed export never
     * leaves a truncated dump under the requested name.
     */
    private long writeFile(ToLongFunction<Writer> export) {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            long count;
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(open(partial), StandardCharsets.UTF_8),
                    1 << 16)) {
                count = export.applyAsLong(writer);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException e) {
            throw new DiplokgException(out + ": cannot write the export: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        return file.getFileName().toString().endsWith(".gz.partial") ? new GZIPOutputStream(stream, 1 << 16) : stream;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The export itself succeeded or already failed with its own message; a leftover .partial is harmless.
        }
    }
}
