package diplokg.cli;

import diplokg.evaluate.AnnotationFolder;
import diplokg.evaluate.EvaluationReport;
import diplokg.evaluate.Evaluator;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.ReferenceGraph;
import diplokg.lexicon.Lexicon;
import diplokg.nlp.FrenchNlp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg evaluate --gold DIR}: extraction precision, recall and F1 per field against gold annotations. */
@Command(name = "evaluate",
        description = {"Score the extraction against gold annotations.",
            "Loads articles into a temporary store, exports their annotations and scores them against gold files:"
                + " precision, recall and F1 per field, as the extraction contract defines.",
            "When the gold names each event's happening (generated corpora), also pairwise precision, recall and F1"
                + " of event clustering by the knowledge graph, over the event mentions the events field matched."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of articles (default: seeds/).")
    Path articles;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the predicted annotations to this folder.")
    Path out;

    @Override
    public Integer call() {
        ArticlePipeline pipeline = new ArticlePipeline(FrenchNlp.load(), Lexicon.load(project.ontology()),
                project.base());
        Evaluator.Outcome outcome = new Evaluator(pipeline, ReferenceGraph.of(project.ontology(), project.base()))
                .evaluate(articles != null ? articles : project.seeds(), gold);
        if (out != null) {
            AnnotationFolder.write(outcome.predicted(), out);
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            EvaluationReport.json(outcome.evaluation(), printer);
        } else {
            EvaluationReport.table(outcome.evaluation(), printer);
        }
        outcome.load().failures().forEach(f -> spec.commandLine().getErr().println("rejected: " + f.message()));
        return outcome.load().failures().isEmpty() ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
    }
}
