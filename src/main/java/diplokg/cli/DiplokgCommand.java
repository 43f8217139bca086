package diplokg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the verbs. */
@Command(name = "diplokg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A knowledge graph of Vietnam's foreign relations, built from French-language news articles.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.",
            "1:Failure: store, server, query or I/O error.",
            "2:Usage error: bad option, verb, query, parameter or SPARQL.",
            "3:Some articles rejected; the others are stored, the store intact."},
        subcommands = {UpCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class,
            CompactCommand.class, AnnotationsCommand.class, EvaluateCommand.class, ValidateCommand.class,
            StatsCommand.class, ExportCommand.class, SparqlCommand.class, GenerateCommand.class,
            BenchCommand.class})
public final class DiplokgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE.code();
    }
}
