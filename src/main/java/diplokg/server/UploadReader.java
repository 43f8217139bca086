package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Saves the body of a {@code POST /kg-admin/articles} into an {@link UploadFolder}, by its media type: one article
 * ({@code text/plain}, {@code text/html}, named by the {@code name} parameter), the files of a multipart form, or
 * the regular files of a zip or (gzipped) tar archive. Folders inside archives are flattened; links, devices and
 * other entries that are not regular files are rejected with that reason. The body is read as it arrives, never held
 * whole in memory, and counted against {@link UploadLimits#requestBytes()}.
 */
final class UploadReader {

    /** The media types accepted, for the 415 answer. */
    static final List<String> MEDIA_TYPES = List.of("text/plain", "text/html", "multipart/form-data",
            "application/zip", "application/gzip (a tar.gz)", "application/x-tar");

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
                case "text/plain" -> single(name, ".txt", body, upload);
                case "text/html" -> single(name, ".html", body, upload);
                case "multipart/form-data" -> multipart(request, upload);
                case "application/zip", "application/x-zip-compressed" ->
                        archive(new ZipArchiveInputStream(body, "UTF-8", true, true), "zip", upload);
                case "application/gzip", "application/x-gzip", "application/x-gtar", "application/x-tar+gzip" ->
                        archive(new TarArchiveInputStream(new GzipCompressorInputStream(body)), "tar.gz", upload);
                case "application/x-tar" -> archive(new TarArchiveInputStream(body), "tar", upload);
                default -> throw new UploadRefusedException(415, (type.isEmpty() ? "no Content-Type"
                        : "Content-Type " + type + " is not accepted") + "; send one of " + MEDIA_TYPES);
            }
        }
    }

    /** The media type of a {@code Content-Type} header, lower case, without parameters; empty when missing. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static void single(String name, String extension, InputStream body, UploadFolder upload)
            throws IOException {
        if (name == null || name.isBlank()) {
            throw new UploadRefusedException(400, "a single article needs a file name: ?name=FILE" + extension
                    + " (the article id is the name without " + extension + ")");
        }
        String fileName = name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
        upload.save(fileName, body);
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

    private static void archive(ArchiveInputStream<? extends ArchiveEntry> entries, String kind, UploadFolder upload)
            throws IOException {
        int files = 0;
        try (entries) {
            ArchiveEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (!regularFile(entry)) {
                    upload.reject(entry.getName(), "not a regular file in the archive (a link or a device): not read");
                    continue;
                }
                upload.save(entry.getName(), entries);
                files++;
            }
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UploadRefusedException(400, "not a readable " + kind + " archive: " + e.getMessage(), e);
        }
        if (files == 0 && upload.rejected().isEmpty()) {
            throw new UploadRefusedException(400, "no file found in the body: an empty " + kind + " archive, or not"
                    + " one");
        }
    }

    private static boolean regularFile(ArchiveEntry entry) {
        if (entry instanceof TarArchiveEntry tar) {
            return tar.isFile();
        }
        return !(entry instanceof ZipArchiveEntry zip) || !zip.isUnixSymlink();
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
