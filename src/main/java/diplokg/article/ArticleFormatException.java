package diplokg.article;

import diplokg.DiplokgException;
import java.nio.file.Path;

/**
 * An article file that cannot be read as an article. The message names the file, the line when known, and the
 * problem.
 */
public class ArticleFormatException extends DiplokgException {

    private final transient Path file;
    private final int line;
    private final String problem;

    public ArticleFormatException(Path file, int line, String problem) {
        super(format(file, line, problem));
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public ArticleFormatException(Path file, String problem, Throwable cause) {
        super(format(file, 0, problem), cause);
        this.file = file;
        this.line = 0;
        this.problem = problem;
    }

    /** The problem alone, without the file and line. */
    public String problem() {
        return problem;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    private static String format(Path file, int line, String problem) {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }
}
