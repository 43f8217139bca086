package diplokg.cli;

import diplokg.ingest.ArticleFailure;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestListener;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.IngestReport;
import diplokg.ingest.Ingester;
import diplokg.ingest.ReferenceGraph;
import diplokg.lexicon.Lexicon;
import diplokg.nlp.FrenchNlp;
import diplokg.store.TdbStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loads articles into the store for the {@code ingest} and {@code up} verbs, and reports what happened. */
final class ArticleLoader {

    private final ProjectOptions project;
    private final IngestOptions options;

    ArticleLoader(ProjectOptions project, IngestOptions options) {
        this.project = project;
        this.options = options;
    }

    /** Files named in full in the summary of what was skipped; the others are counted. */
    private static final int NAMED_SKIPPED = 10;

    /**
     * Loads {@code paths}, prints a summary to {@code out}, each rejected article and what was skipped to
     * {@code err}.
     */
    IngestReport load(List<Path> paths, PrintWriter out, PrintWriter err) {
        // Loaded only when an article needs extracting: an up over an unchanged store starts serving sooner.
        ArticlePipeline pipeline = ArticlePipeline.lazy(FrenchNlp::load, () -> Lexicon.load(project.ontology()),
                project.base());
        try (TdbStore store = project.openStore()) {
            IngestListener progress = ProgressBar.forTerminal(err);
            Ingester ingester = new Ingester(pipeline, store, ReferenceGraph.of(project.ontology(), project.base()),
                    options, progress);
            IngestReport report = ingester.ingest(paths);
            for (ArticleFailure failure : report.failures()) {
                err.println("rejected: " + failure.message());
            }
            printSkipped(report, err);
            out.printf("Loaded %d articles (%d unchanged, %d rejected%s), %d quads%s, %.1f articles/s, into %s%n",
                    report.loaded(), report.unchanged(), report.failures().size(), skippedCounts(report),
                    report.quads(), report.bulk() ? " by the bulk loader" : "", report.rate(), project.data());
            out.flush();
            err.flush();
            return report;
        }
    }

    private static void printSkipped(IngestReport report, PrintWriter err) {
        List<Path> files = report.skippedFiles();
        if (!files.isEmpty()) {
            String named = String.join(", ", files.stream().limit(NAMED_SKIPPED).map(Path::toString).toList());
            err.printf("skipped %d file%s of types diplokg cannot read (it reads .txt, .html, .htm, .warc, .warc.gz):"
                    + " %s%s%n", files.size(), files.size() == 1 ? "" : "s", named,
                    files.size() > NAMED_SKIPPED ? ", and " + (files.size() - NAMED_SKIPPED) + " more" : "");
        }
        if (report.skippedRecords() > 0) {
            err.printf("skipped %d WARC response%s that are no HTML page (images, scripts, redirects, errors)%n",
                    report.skippedRecords(), report.skippedRecords() == 1 ? "" : "s");
        }
    }

    private static String skippedCounts(IngestReport report) {
        String counts = report.skippedFiles().isEmpty() ? "" : ", " + report.skippedFiles().size() + " files skipped";
        return report.skippedRecords() == 0 ? counts : counts + ", " + report.skippedRecords() + " records skipped";
    }

    /**
     * The exit code of a load: {@link ExitCode#PARTIAL} when any article was rejected, or when files were skipped
     * and no article at all was found (a folder of PDFs is not a successful load of nothing).
     */
    static int exitCode(IngestReport report) {
        boolean nothingFound = report.loaded() + report.unchanged() == 0 && !report.skippedFiles().isEmpty();
        return report.failures().isEmpty() && !nothingFound ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
    }
}
