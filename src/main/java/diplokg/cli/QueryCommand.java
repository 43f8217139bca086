package diplokg.cli;

import diplokg.queries.ParameterType;
import diplokg.queries.ParameterValues;
import diplokg.queries.QueryParameter;
import diplokg.queries.QueryParameterException;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.server.LexiconStateNames;
import diplokg.vocab.Namespaces;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.shared.PrefixMapping;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diplokg query NAME}: runs a saved query of {@code queries/}; {@code diplokg query list} lists them. */
@Command(name = "query",
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

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value; repeatable, once per parameter. IRIs may be written as tables show them "
                    + "(state:RU), a state also by its ISO code or name (RU, Russie).")
    List<String> parameters = new ArrayList<>();

    @Override
    public Integer call() {
        SavedQueryCatalog catalog = SavedQueryCatalog.load(project.queries());
        PrintWriter out = spec.commandLine().getOut();
        PrefixMapping prefixes = QuerySession.prefixes(project);
        if ("list".equals(name)) {
            list(catalog, prefixes, out);
            return ExitCode.OK.code();
        }
        SavedQuery query = catalog.get(name);
        Map<String, String> values = ParameterValues.expand(query, given(), prefixes,
                LexiconStateNames.of(project.ontology()));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QuerySession.run(project, options, spec.commandLine().getErr(), buffer,
                runner -> runner.run(query, values));
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK.code();
    }

    /**
     * The {@code --param} values by name. A list rather than picocli's map, which keeps the last of two values for
     * one name without a word; the API refuses a repeated parameter, and so does this.
     */
    private Map<String, String> given() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> times = new LinkedHashMap<>();
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--param wants NAME=VALUE, got '" + parameter + "'");
            }
            String name = parameter.substring(0, equals);
            values.put(name, parameter.substring(equals + 1));
            times.merge(name, 1, Integer::sum);
        }
        times.forEach((name, count) -> {
            if (count > 1) {
                throw QueryParameterException.repeated(name, count);
            }
        });
        return values;
    }

    private static void list(SavedQueryCatalog catalog, PrefixMapping prefixes, PrintWriter out) {
        int width = catalog.all().stream().mapToInt(q -> q.name().length()).max().orElse(4);
        for (SavedQuery query : catalog.all()) {
            StringBuilder line = new StringBuilder(
                    String.format("%-" + width + "s  %s", query.name(), query.summary()));
            query.parameters().forEach(p -> line.append(" [").append(p.name()).append(p.defaultValue() == null ? ""
                    : "=" + shortIri(p, prefixes)).append(']'));
            out.println(line);
        }
        out.flush();
    }

    private static String shortIri(QueryParameter parameter, PrefixMapping prefixes) {
        String value = parameter.defaultValue();
        return parameter.type() == ParameterType.IRI ? Namespaces.shortForm(prefixes, value).orElse(value) : value;
    }
}
