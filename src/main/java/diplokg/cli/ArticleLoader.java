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
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.TdbStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;

/** Loads articles into the store for the {@code ingest} and {@code up} verbs, and reports what happened. */
final class ArticleLoader {

    private final ProjectOptions project;
    private final IngestOptions options;

    ArticleLoader(ProjectOptions project, IngestOptions options) {
        this.project = project;
        this.options = options;
    }

    /** Loads {@code paths}, prints a summary to {@code out} and each rejected article to {@code err}. */
    IngestReport load(List<Path> paths, PrintWriter out, PrintWriter err) {
        // Loaded only when an article needs extracting: an up over an unchanged store starts serving sooner.
        ArticlePipeline pipeline = ArticlePipeline.lazy(FrenchNlp::load, () -> Lexicon.load(project.ontology()),
                project.base());
        try (TdbStore store = project.openStore()) {
            deriveKnowledgeOfAnOlderStore(store, err);
            IngestListener progress = ProgressBar.forTerminal(err);
            Ingester ingester = new Ingester(pipeline, store, ReferenceGraph.of(project.ontology(), project.base()),
                    options, progress);
            IngestReport report = ingester.ingest(paths);
            for (ArticleFailure failure : report.failures()) {
                err.println("rejected: " + failure.message());
            }
            out.printf("Loaded %d articles (%d unchanged, %d rejected), %d quads%s, %.1f articles/s, into %s%n",
                    report.loaded(), report.unchanged(), report.failures().size(), report.quads(),
                    report.bulk() ? " by the bulk loader" : "", report.rate(), project.data());
            out.flush();
            err.flush();
            return report;
        }
    }

    /**
     * A store written before the knowledge layer existed has article graphs and no knowledge graph: derive it once,
     * so that what is loaded next is kept in step with a complete one.
     */
    private void deriveKnowledgeOfAnOlderStore(TdbStore store, PrintWriter err) {
        String knowledge = project.base().knowledgeGraph();
        if (store.isEmpty() || store.containsGraph(knowledge)) {
            return;
        }
        KnowledgeLayer layer = new KnowledgeLayer(project.base());
        Txn.executeWrite(store.dataset(), () -> layer.replaceAll(store.dataset()));
        err.println("The store had no knowledge graph: derived " + knowledge + " from its article graphs.");
    }

    /** The exit code of a load: {@link ExitCode#PARTIAL} when any article was rejected. */
    static int exitCode(IngestReport report) {
        return report.failures().isEmpty() ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
    }
}
