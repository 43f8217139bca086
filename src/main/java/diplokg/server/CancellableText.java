package diplokg.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string that stops whoever reads it once its query is cancelled: every {@value #CHECK_EVERY} reads of a
 * character look at the query's cancel signal and throw {@link QueryCancelledException} when it is set.
 *
 * <p>Why: {@link java.util.regex.Matcher} never looks at interruption or time, and a backtracking pattern such as
 * {@code (.*e){4}X} on a few hundred characters runs for minutes inside one call, long after ARQ's timeout has set
 * the signal and the client has gone. The matcher reads its input only through {@link #charAt}, so this is the one
 * place where it can be stopped (the technique of Java regex "interruptible CharSequence").
 */
final class CancellableText implements CharSequence {

    static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
