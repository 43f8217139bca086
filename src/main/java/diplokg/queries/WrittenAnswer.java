package diplokg.queries;

import java.io.ByteArrayOutputStream;

/**
 * An answer as it is sent: the bytes of one {@link ResultFormat}, and how many rows it holds (for a page's links).
 * Kept by the cache and shared by every request that asks for the same answer in the same format, so no reader may
 * change {@link #bytes()}.
 *
 * @param bytes the answer written
 * @param rows  its rows, or -1 for a boolean or a graph
 */
public record WrittenAnswer(byte[] bytes, int rows) {

    /** {@code result} written as {@code format} by {@code writer}. */
    static WrittenAnswer of(QueryResult result, ResultFormat format, ResultWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(result, format, out);
        int rows = result instanceof QueryResult.Rows table ? table.rows().size() : -1;
        return new WrittenAnswer(out.toByteArray(), rows);
    }
}
