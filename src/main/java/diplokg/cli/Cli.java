package diplokg.cli;

import diplokg.DiplokgException;
import diplokg.queries.QueryParameterException;
import diplokg.queries.QuerySyntaxException;
import diplokg.queries.UnknownQueryException;
import diplokg.store.StoreLockedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryParseException;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds the configured command line. Tests call {@link #commandLine(PrintWriter, PrintWriter)} and
 * {@code execute}; only {@link Main} exits the JVM.
 */
public final class Cli {

    private Cli() {
    }

    /** Every verb, in the order the root's help lists them. */
    static final List<Class<?>> VERBS = List.of(UpCommand.class, IngestCommand.class, ServeCommand.class,
            QueryCommand.class, CompactCommand.class, AnnotationsCommand.class, EvaluateCommand.class,
            ValidateCommand.class, StatsCommand.class, ExportCommand.class, SparqlCommand.class, GenerateCommand.class,
            BenchCommand.class, KnowledgeCommand.class, ReindexCommand.class, RemoveCommand.class,
            ReplicaCommand.class, TrimPatchesCommand.class);

    /** The root command with every verb, writing results to {@code out} and diagnostics to {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, VERBS);
    }

    /**
     * The root command for running {@code args}: when the first argument names a verb, the root gets that verb alone,
     * otherwise every verb (for the root's help and its errors). Picocli builds the model of a verb by reflection over
     * its options, loading the classes their types name; eighteen verbs took a third of a second of a short
     * command's start, and picocli's own classes, compiled for Java 5, cannot be kept in the class-data archive.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        if (args.length > 0) {
            for (Class<?> verb : VERBS) {
                if (verb.getAnnotation(CommandLine.Command.class).name().equals(args[0])) {
                    return commandLine(out, err, List.of(verb));
                }
            }
        }
        return commandLine(out, err);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> verbs) {
        CommandLine commandLine = new CommandLine(new DiplokgCommand());
        for (Class<?> verb : verbs) {
            commandLine.addSubcommand(verb);
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        listExitCodes(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(Cli::handle);
        CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            Optional<String> parameter = ParameterAsOption.of(e);
            if (parameter.isEmpty()) {
                return usage.handleParseException(e, arguments);
            }
            PrintWriter stderr = e.getCommandLine().getErr();
            stderr.println("diplokg: " + message(e) + ". A saved query's parameters are given with -p: -p "
                    + parameter.get() + " ('diplokg query list' shows each query's parameters)");
            stderr.flush();
            return ExitCode.USAGE.code();
        });
        commandLine.setExitCodeExceptionMapper(e -> exitCode(e).code());
        return commandLine;
    }

    /**
     * Lists {@link ExitCode} in the help of the root command and of every verb that does not document its own (as
     * {@code validate} does): the help is built from the enum, so it cannot drift from the codes returned.
     */
    private static void listExitCodes(CommandLine commandLine) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.valueOf(code.code()), code.meaning());
        }
        List<CommandLine> commands = new ArrayList<>(List.of(commandLine));
        commands.addAll(commandLine.getSubcommands().values());
        for (CommandLine command : commands) {
            UsageMessageSpec usage = command.getCommandSpec().usageMessage();
            if (usage.exitCodeList().isEmpty()) {
                usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
            }
        }
    }

    /** Set to any value, it makes a failure diplokg did not foresee print its stack trace. */
    static final String STACK_TRACE_SWITCH = "DIPLOKG_STACKTRACE";

    /** The one place where a failure becomes a message and an exit code. */
    private static int handle(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.print(report(e, System.getenv(STACK_TRACE_SWITCH) != null));
        err.flush();
        return exitCode(e).code();
    }

    /**
     * What stderr gets for a failure: one line for a failure the code reports on purpose (bad input, a locked store);
     * for any other, which is a bug, the line says how to see where it came from, or the stack trace when asked,
     * since that is what a bug report needs and a one-line message hides.
     */
    static String report(Throwable e, boolean stackTraces) {
        StringBuilder report = new StringBuilder("diplokg: ").append(message(e)).append(System.lineSeparator());
        if (foreseen(e)) {
            return report.toString();
        }
        if (!stackTraces) {
            return report.append("diplokg: an unexpected failure; run again with ").append(STACK_TRACE_SWITCH)
                    .append("=1 to see where it came from").append(System.lineSeparator()).toString();
        }
        java.io.StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return report.append(trace).toString();
    }

    private static boolean foreseen(Throwable e) {
        return e instanceof DiplokgException || e instanceof StoreLockedException || exitCode(e) == ExitCode.USAGE;
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
        if (e instanceof StoreLockedException locked) {
            return locked.getMessage() + HoldingServer.of(locked)
                    .map(server -> "; it is the diplokg server at " + server.url() + ": stop it first, or send"
                            + " articles through it with 'ingest --server " + server.url() + "' (remove likewise)")
                    .orElse("; stop it first");
        }
        String message = foreseen(e) ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return String.valueOf(message).strip().lines().findFirst().orElse("");
    }
}
