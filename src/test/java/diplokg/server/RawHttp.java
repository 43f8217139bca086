package diplokg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads HTTP/1.1 answers off a socket by hand, for tests about the connection itself, which {@code HttpClient}
 * hides: whether it stays open and what the answer says of it.
 */
final class RawHttp {

    private RawHttp() {
    }

    /**
     * The status line and header lines of the next answer, its body read and dropped; empty when the connection
     * closes before the answer starts.
     */
    static List<String> readAnswer(InputStream in) throws IOException {
        List<String> head = new ArrayList<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            head.add(line);
        }
        long length = 0;
        boolean chunked = false;
        for (String line : head.subList(Math.min(1, head.size()), head.size())) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        if (chunked) {
            for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
                in.skipNBytes(size);
                readLine(in);
            }
            readLine(in);
        } else {
            in.skipNBytes(length);
        }
        return head;
    }

    private static long chunkSize(InputStream in) throws IOException {
        String line = readLine(in);
        return line == null ? 0 : Long.parseLong(line.split(";", 2)[0].strip(), 16);
    }

    /** One CRLF-ended line without its end, or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.US_ASCII);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
    }
}
