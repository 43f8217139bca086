package diplokg.cli;

import picocli.CommandLine.Option;

/** The {@code --port} of the verbs that serve ({@code up}, {@code serve}). */
final class PortOption {

    @Option(names = "--port", paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;
}
