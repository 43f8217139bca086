package diplokg.cli;

import diplokg.DiplokgException;

/**
 * A command was called wrongly in a way picocli cannot see (two sources of one query, a file that is not there).
 * Reported in one line with exit code 2, without picocli's usage text, which would bury the one line that matters.
 */
final class UsageException extends DiplokgException {

    UsageException(String message) {
        super(message);
    }
}
