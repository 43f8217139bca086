package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Saves the body of a {@code POST /kg-admin/articles} into an {@link UploadFolder}, by its media type: one article
 * ({@code text/plain}, {@code text/html}, named by the {@code name} parameter), the files of a multipart form, or
 * the regular files of a zip or (gzipped) tar archive. The files of an archive's folders are read under their last
 * segment; entries that are folders, links, devices, or whose names are absolute or hold {@code ..}, are rejected by
 * name with that reason and never followed. The body is read as it arrives (a zip copied to disk first, as its
 * index is at its end), never held whole in memory, and counted against {@link UploadLimits#requestBytes()}.
 */
final class UploadReader {

    /** The media types accepted, for the 415 answer. */
    static final List<String> MEDIA_TYPES = List.of("text/plain", "text/html", "multipart/form-data",
            "application/zip", "application/gzip (a tar.gz)", "application/x-tar");

    private static final String FOLDER = "a folder of the archive, not a file: not read (its files are read)";
    private static final String NOT_REGULAR = "not a regular file in the archive (a link or a device): not read";
    /** An absolute name ({@code /x}, a backslash first, {@code C:x}) or one with a {@code ..} segment. */
    private static final Pattern OUT_OF_ARCHIVE = Pattern.compile("^[/\\\\]|^[A-Za-z]:|(^|[/\\\\])\\.\\.([/\\\\]|$)");
    private static final String OUT_OF_ARCHIVE_REASON = "a path out of the archive (absolute, or with '..'): not read";

    private final UploadLimits limits;

    UploadReader(UploadLimits limits) {
        this.limits = limits;
    }

    /**
     * Saves the files of {@code request} into {@code upload}.
     *
     * @param name the {@code name} parameter: the file name of a single article, else null
     * @throws UploadRefusedException when the body cannot be read as its media type says, or is too large
     */
    void read(HttpServletRequest request, String name, UploadFolder upload) throws IOException {
        String type = mediaType(request.getContentType());
        if (request.getContentLengthLong() > limits.requestBytes()) {
            throw tooLarge();
        }
        if (name != null && !type.startsWith("text/")) {
            throw new UploadRefusedException(400, "the name parameter names a single text/plain or text/html "
                    + "article; the files of " + type + " carry their own names");
        }
        try (InputStream body = new BoundedInputStream(request.getInputStream())) {
            switch (type) {
                case "text/plain" -> single(name, List.of(".txt"), body, upload);
                case "text/html" -> single(name, List.of(".html", ".htm"), body, upload);
                case "multipart/form-data" -> multipart(request, upload);
                case "application/zip", "application/x-zip-compressed" -> zip(body, upload);
                case "application/gzip", "application/x-gzip", "application/x-gtar", "application/x-tar+gzip" ->
                        tar(new TarArchiveInputStream(new GzipCompressorInputStream(body)), "tar.gz", upload);
                case "application/x-tar" -> tar(new TarArchiveInputStream(body), "tar", upload);
                default -> throw new UploadRefusedException(415, (type.isEmpty() ? "no Content-Type"
                        : "Content-Type " + type + " is not accepted") + "; send one of " + MEDIA_TYPES);
            }
        }
    }

    /** The media type of a {@code Content-Type} header, lower case, without parameters; empty when missing. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Saves one article named {@code name}, given the first of {@code extensions} unless it has one of them. */
    private static void single(String name, List<String> extensions, InputStream body, UploadFolder upload)
            throws IOException {
        String extension = extensions.get(0);
        if (name == null || name.isBlank()) {
            throw new UploadRefusedException(400, "a single article needs a file name: ?name=FILE" + extension
                    + " (the article id is the name without " + extension + ")");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        upload.save(extensions.stream().anyMatch(lower::endsWith) ? name : name + extension, body);
    }

    private void multipart(HttpServletRequest request, UploadFolder upload) throws IOException {
        JakartaServletFileUpload<?, ?> parser = new JakartaServletFileUpload<>();
        parser.setSizeMax(limits.requestBytes());
        parser.setFileSizeMax(limits.fileBytes());
        parser.setFileCountMax(limits.files());
        try {
            FileItemInputIterator parts = parser.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (part.isFormField()) {
                    throw new UploadRefusedException(400, "form field " + part.getFieldName() + " is not a file;"
                            + " send files only (options go in the URL, e.g. ?force=true)");
                }
                try (InputStream content = part.getInputStream()) {
                    upload.save(part.getName(), content);
                }
            }
        } catch (FileUploadSizeException e) {
            throw new UploadRefusedException(413, "upload too large: " + e.getMessage(), e);
        } catch (FileUploadException e) {
            throw new UploadRefusedException(400, "not a readable multipart/form-data body: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a zip from a copy on disk, by its central directory: only there does an entry say that it is a link (its
     * Unix mode), which a stream of the entries never sees.
     */
    private static void zip(InputStream body, UploadFolder upload) throws IOException {
        int files = 0;
        try (ZipFile zip = ZipFile.builder().setPath(upload.spool(body)).setCharset(StandardCharsets.UTF_8)
                .setUseUnicodeExtraFields(true).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (regularFileIn(entry, !entry.isUnixSymlink(), upload)) {
                    try (InputStream content = zip.getInputStream(entry)) {
                        upload.save(entry.getName(), content);
                    }
                    files++;
                }
            }
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UploadRefusedException(400, "not a readable zip archive: " + e.getMessage(), e);
        }
        requireFiles(files, "zip", upload);
    }

    private static void tar(TarArchiveInputStream entries, String kind, UploadFolder upload) throws IOException {
        int files = 0;
        try (entries) {
            TarArchiveEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                if (regularFileIn(entry, entry.isFile(), upload)) {
                    upload.save(entry.getName(), entries);
                    files++;
                }
            }
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UploadRefusedException(400, "not a readable " + kind + " archive: " + e.getMessage(), e);
        }
        requireFiles(files, kind, upload);
    }

    /**
     * Whether {@code entry} is a file to read; a folder, a link or device, or a name that leads out of the archive
     * ({@code ..}, absolute) is rejected by its name. Files inside folders are read, saved under their last segment.
     */
    private static boolean regularFileIn(ArchiveEntry entry, boolean regular, UploadFolder upload) {
        String name = entry.getName();
        String reason = entry.isDirectory() ? FOLDER
                : !regular ? NOT_REGULAR
                : OUT_OF_ARCHIVE.matcher(name).find() ? OUT_OF_ARCHIVE_REASON : null;
        if (reason != null) {
            upload.reject(name, reason);
        }
        return reason == null;
    }

    private static void requireFiles(int files, String kind, UploadFolder upload) {
        if (files == 0 && upload.rejected().isEmpty()) {
            throw new UploadRefusedException(400, "no file found in the body: an empty " + kind + " archive, or not"
                    + " one");
        }
    }

    private UploadRefusedException tooLarge() {
        return new UploadRefusedException(413, "the request body is larger than " + limits.requestBytes()
                + " bytes, the limit of one upload");
    }

    /** The request body, refused past {@link UploadLimits#requestBytes()} whatever the header announced. */
    private final class BoundedInputStream extends FilterInputStream {

        private long count;

        BoundedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) {
            count += bytes;
            if (count > limits.requestBytes()) {
                throw tooLarge();
            }
        }
    }
}
