package diplokg.article;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes small WARC archives for tests with jwarc, the way a crawler does: a {@code warcinfo} record, then for each
 * capture a {@code request} and its {@code response}.
 */
public final class WarcFixture {

    /** The test pages written by hand, under {@code src/test/resources/article/html}. */
    public static final Path PAGES = Path.of("src/test/resources/article/html");

    private final List<WarcRecord> records = new ArrayList<>();

    public WarcFixture() {
        records.add(new Warcinfo.Builder().filename("test.warc.gz")
                .fields(Map.of("software", List.of("diplokg tests"))).build());
    }

    /** Adds the capture of {@code uri} at {@code date}: answered {@code status} with {@code body} of {@code type}. */
    public WarcFixture capture(String uri, Instant date, int status, String type, byte[] body) throws IOException {
        URI target = URI.create(uri);
        HttpRequest request = new HttpRequest.Builder("GET", target.getRawPath()).addHeader("Host", target.getHost())
                .build();
        records.add(new WarcRequest.Builder(target).date(date).body(request).build());
        HttpResponse response = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(type), body).build();
        records.add(new WarcResponse.Builder(target).date(date).body(response).build());
        return this;
    }

    /** Adds the capture of the test page {@code page}, answered 200 as {@code text/html} in {@code charset}. */
    public WarcFixture page(String uri, Instant date, String page, String charset) throws IOException {
        return capture(uri, date, 200, "text/html; charset=" + charset, Files.readAllBytes(PAGES.resolve(page)));
    }

    /** Writes the archive to {@code file}, gzipped record by record when its name ends with {@code .gz}. */
    public Path write(Path file) throws IOException {
        WarcCompression compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
        return file;
    }
}
