package diplokg.cli;

/** The exit codes of every diplokg command, listed in {@code --help}. */
public enum ExitCode {
    OK(0, "Success."),
    FAILURE(1, "Failure: store, server, query or I/O error."),
    USAGE(2, "Usage error: bad option, verb, query, parameter or SPARQL."),
    PARTIAL(3, "Some articles rejected or files skipped; the others stored, store intact.");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
