package diplokg.ingest;

import java.nio.file.Path;

/** An article left out of a load: the file and one line saying why. */
public record ArticleFailure(Path file, String message) {
}
