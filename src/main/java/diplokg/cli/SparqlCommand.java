package diplokg.cli;

import diplokg.queries.QueryRunner;
import diplokg.vocab.Namespaces;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diplokg sparql 'QUERY'} or {@code diplokg sparql -f FILE.rq}: runs an ad-hoc SPARQL query. */
@Command(name = "sparql",
        description = {"Run a SPARQL query from the command line or a file.",
            "Prints its result as a table or in the format asked for.",
            "The prefixes tables show (dkg:, skos:, rdfs:, state:, person:, level:, sector: ...) are declared"
                    + " already; the default graph is the union of all graphs, as on the server."})
final class SparqlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    QueryOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The query text.")
    String text;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from FILE instead.")
    Path file;

    @Override
    public Integer call() {
        Query query = QueryRunner.parse(queryText(), file == null ? "the query" : file.toString(),
                Namespaces.of(project.base()));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QuerySession.run(project, options, spec.commandLine().getErr(), buffer, runner -> runner.run(query));
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK.code();
    }

    private String queryText() {
        if ((text == null) == (file == null)) {
            throw new UsageException("sparql: give the query either as text or with -f FILE");
        }
        if (text != null) {
            return text;
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
            throw new UsageException(file + ": cannot read the query (" + why + ")");
        }
    }
}
