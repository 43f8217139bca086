package diplokg.cli;

import diplokg.DiplokgException;
import diplokg.queries.QueryParameterException;
import diplokg.queries.QuerySyntaxException;
import diplokg.queries.UnknownQueryException;
import java.io.PrintWriter;
import org.apache.jena.query.QueryParseException;
import picocli.CommandLine;

/**
 * Builds the configured command line. Tests call {@link #commandLine(PrintWriter, PrintWriter)} and
 * {@code execute}; only {@link Main} exits the JVM.
 */
public final class Cli {

    private Cli() {
    }

    /** The root command writing results to {@code out} and diagnostics to {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DiplokgCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(Cli::handle);
        commandLine.setExitCodeExceptionMapper(e -> exitCode(e).code());
        return commandLine;
    }

    /** The one place where a failure becomes a message and an exit code. */
    private static int handle(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.println("diplokg: " + message(e));
        err.flush();
        return exitCode(e).code();
    }

    static ExitCode exitCode(Throwable e) {
        if (e instanceof UnknownQueryException || e instanceof QueryParameterException
                || e instanceof QueryParseException || e instanceof QuerySyntaxException || e instanceof UsageException
                || e instanceof CommandLine.ParameterException) {
            return ExitCode.USAGE;
        }
        return ExitCode.FAILURE;
    }

    /** One line: what went wrong, without a stack trace; Jena's multi-line messages keep their first line. */
    private static String message(Throwable e) {
        String message = e instanceof DiplokgException || e instanceof QueryParseException
                || e instanceof CommandLine.ParameterException
                ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return String.valueOf(message).strip().lines().findFirst().orElse("");
    }
}
