package diplokg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command: lists the verbs, which {@link Cli#VERBS} adds to it. Its {@code --help} and {@code --version} are
 * inherited by every verb (scope INHERIT); the exit codes its help lists come from {@link ExitCode}
 * ({@link Cli#commandLine}).
 */
@Command(name = "diplokg", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "A knowledge graph of Vietnam's foreign relations, built from French-language news articles.")
public final class DiplokgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE.code();
    }
}
