package diplokg.server;

import java.io.StringWriter;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * What this JVM logs at WARN and above while it is open, stack traces included: the log of a server started in the
 * test's JVM. The tests' own configuration logs errors only; while open, warnings reach this capture but the console
 * keeps its level. {@link #close()} puts the configuration back as it was.
 */
final class CapturedLog implements AutoCloseable {

    private final StringWriter text = new StringWriter();
    private final LoggerContext context = LoggerContext.getContext(false);
    private final LoggerConfig root = context.getConfiguration().getRootLogger();
    private final Level level = root.getLevel();
    private final Map<String, Appender> appenders = root.getAppenders();
    private final WriterAppender capture;

    private CapturedLog() {
        capture = WriterAppender.newBuilder().setName("captured-" + System.identityHashCode(this)).setTarget(text)
                .setLayout(PatternLayout.newBuilder().withPattern("%-5level %c{1} - %msg%n%throwable").build())
                .build();
        capture.start();
        appenders.keySet().forEach(root::removeAppender);
        appenders.values().forEach(appender -> root.addAppender(appender, level, null));
        root.addAppender(capture, Level.WARN, null);
        root.setLevel(Level.WARN);
        context.updateLoggers();
    }

    /** Starts capturing. */
    static CapturedLog start() {
        return new CapturedLog();
    }

    /** What was logged so far. */
    String text() {
        return text.toString();
    }

    @Override
    public void close() {
        root.getAppenders().keySet().forEach(root::removeAppender);
        appenders.values().forEach(appender -> root.addAppender(appender, null, null));
        root.setLevel(level);
        context.updateLoggers();
        capture.stop();
    }
}
