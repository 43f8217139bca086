package diplokg.cli;

import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diplokg query NAME}: runs a saved query of {@code queries/}; {@code diplokg query list} lists them. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a saved query of queries/ and print its result.", "'diplokg query list' lists them."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    QueryOptions options;

    @Parameters(index = "0", paramLabel = "NAME", description = "The query name (file name without .rq), or 'list'.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value; repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Override
    public Integer call() {
        SavedQueryCatalog catalog = SavedQueryCatalog.load(project.queries());
        PrintWriter out = spec.commandLine().getOut();
        if ("list".equals(name)) {
            list(catalog, out);
            return ExitCode.OK.code();
        }
        SavedQuery query = catalog.get(name);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QuerySession.run(project, options, spec.commandLine().getErr(), buffer,
                runner -> runner.run(query, parameters));
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK.code();
    }

    private static void list(SavedQueryCatalog catalog, PrintWriter out) {
        int width = catalog.all().stream().mapToInt(q -> q.name().length()).max().orElse(4);
        for (SavedQuery query : catalog.all()) {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s  %s", query.name(), query.summary()));
            query.parameters().forEach(p -> line.append(" [").append(p.name()).append(p.defaultValue() == null ? ""
                    : "=" + p.defaultValue()).append(']'));
            out.println(line);
        }
        out.flush();
    }
}
