package diplokg.cli;

import diplokg.ingest.IngestOptions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code diplokg up}: loads what is new or changed in {@code seeds/}, then serves. */
@Command(name = "up",
        description = {"Load what is new or changed in seeds/, then serve the store.", "Ctrl-C stops the server."})
final class UpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    PortOption port;

    @Override
    public Integer call() throws InterruptedException {
        port.watchFolder();
        new ArticleLoader(project, IngestOptions.defaults())
                .load(List.of(project.seeds()), spec.commandLine().getOut(), spec.commandLine().getErr());
        ServeCommand.serve(project, port, PortOption.LOCAL, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
