package diplokg.cli;

import diplokg.generate.CorpusGenerator;
import diplokg.generate.CorpusReport;
import diplokg.generate.GeneratorData;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code diplokg generate}: writes a synthetic corpus of articles with their gold annotations. */
@Command(name = "generate",
        description = {"Generate a synthetic corpus of articles with their gold.",
            "French articles about Vietnam's bilateral relations in the seeds' format (DIR/articles/*.txt) with"
                + " their gold annotations (DIR/gold/*.json).",
            "The same count and seed always give the same bytes."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
    int articles;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Corpus folder.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--threads", description = "Threads: one writes files, the others generate (default: all cores). "
            + "The output does not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeat-share", paramLabel = "SHARE", description = "Share of articles (0 to 1) that report "
            + "again a happening an earlier article reported, in other words; the gold names each event's happening "
            + "(default: ${DEFAULT-VALUE}).")
    double repeatShare = CorpusGenerator.DEFAULT_REPEAT_SHARE;

    @Override
    public Integer call() {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 1, got " + articles);
        }
        if (!(repeatShare >= 0 && repeatShare <= 1)) {
            throw new ParameterException(spec.commandLine(), "--repeat-share must be between 0 and 1, got "
                    + repeatShare);
        }
        CorpusReport report = new CorpusGenerator(GeneratorData.load(project.ontology()), repeatShare)
                .write(out, articles, seed, Math.max(1, threads));
        spec.commandLine().getOut().printf(Locale.ROOT, "Generated %d articles with gold into %s: %.1f MB in %.1f s "
                + "(%.0f articles/s)%n", report.articles(), report.folder(), report.bytes() / 1e6,
                report.elapsed().toNanos() / 1e9, report.rate());
        return ExitCode.OK.code();
    }
}
