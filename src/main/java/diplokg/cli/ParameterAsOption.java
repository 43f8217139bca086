package diplokg.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What a user who writes a saved query's parameter as an option ({@code query partner-network --state FR}) is told:
 * how to give it ({@code -p state=FR}), rather than picocli's "Unknown options" and the whole usage, in which the
 * {@code -p} line is easy to miss. Read from the first unknown {@code --NAME}, with {@code =VALUE} or the argument
 * after it as the value.
 */
final class ParameterAsOption {

    private ParameterAsOption() {
    }

    /** The {@code NAME=VALUE} to give with {@code -p}, when {@code e} is an unknown {@code --NAME} of {@code query}. */
    static Optional<String> of(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || e.getCommandLine() == null
                || !"query".equals(e.getCommandLine().getCommandName())) {
            return Optional.empty();
        }
        List<String> arguments = unmatched.getUnmatched();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("--") && argument.length() > 2) {
                String option = argument.substring(2);
                int equals = option.indexOf('=');
                if (equals >= 0) {
                    return Optional.of(option);
                }
                boolean valueFollows = i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("-");
                return Optional.of(option + "=" + (valueFollows ? arguments.get(i + 1) : "VALUE"));
            }
        }
        return Optional.empty();
    }
}
