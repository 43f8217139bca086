package diplokg.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest by which a load recognises text the store already holds: SHA-256 of the text's UTF-8 bytes, in hex.
 *
 * <p>Design decision: an article's hash is taken over its text <em>as read</em> ({@link Article#contentHash()}),
 * never over the raw file. The reader turns a leading byte-order mark into a space, so the raw bytes and the read
 * text of such a file differ; hashing one when storing and the other when checking made every file with a
 * byte-order mark look changed at every load. Stateless and thread-safe.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The hex SHA-256 of {@code text} encoded as UTF-8. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
