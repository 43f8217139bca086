package diplokg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.atlas.io.IOX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh folder holding the files of one upload while they are ingested, deleted with everything in it on
 * {@link #close()}.
 *
 * <p>Every file is saved flat in the folder under a sanitised form of the name it was sent with: the last segment
 * of the name only ({@code ../../etc/x.txt} or {@code /abs/x.txt} becomes {@code x.txt}, so nothing is ever written
 * outside the folder, whatever the caller checked before), control characters replaced, leading dots dropped, at most
 * {@value #MAX_NAME} characters. The article id is the file name, so two files of one upload with the same name
 * would be the same article: the later one is rejected with that reason. Sizes are bounded by {@link UploadLimits}
 * while the bytes are copied, so a zip bomb stops at the bound, not at the end of the disk.
 */
final class UploadFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UploadFolder.class);
    static final int MAX_NAME = 200;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\uFFFE\\uFFFF]");
    private static final int BUFFER = 64 * 1024;

    private final Path folder;
    private final UploadLimits limits;
    /** Saved file to the name it was sent with, in upload order. */
    private final Map<Path, String> sentNames = new LinkedHashMap<>();
    private final Map<String, String> rejected = new LinkedHashMap<>();
    private final Map<String, Path> byName = new HashMap<>();
    private long expanded;
    private int count;

    private UploadFolder(Path folder, UploadLimits limits) {
        this.folder = folder;
        this.limits = limits;
    }

    /** A new, empty folder inside {@code parent} (created when missing). */
    static UploadFolder create(Path parent, UploadLimits limits) {
        try {
            Files.createDirectories(parent);
            return new UploadFolder(Files.createTempDirectory(parent, "upload-"), limits);
        } catch (IOException e) {
            throw new UncheckedIOException(parent + ": cannot create a folder for the upload: " + e.getMessage(), e);
        }
    }

    /** The folder. */
    Path folder() {
        return folder;
    }

    /**
     * Saves {@code content} as the file sent as {@code sentName}.
     *
     * @throws UploadRefusedException (413) when a size or count bound is passed
     */
    void save(String sentName, InputStream content) throws IOException {
        if (++count > limits.files()) {
            throw new UploadRefusedException(413, "more than " + limits.files() + " files in one upload");
        }
        String name = safeName(sentName);
        if (name.isEmpty()) {
            reject(sentName, "no usable file name: not read");
            return;
        }
        if (byName.containsKey(name)) {
            reject(sentName, "another file of this upload has the same name (" + name + "), hence the same "
                    + "article id: not read");
            return;
        }
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            copy(sentName, content, out);
        }
        byName.put(name, file);
        sentNames.put(file, sentName);
    }

    /**
     * Saves {@code body}, an archive read by its index at the end, in this folder but apart from the uploaded files
     * (a leading dot, which no saved name keeps); it is deleted with the folder. Returns the copy.
     */
    Path spool(InputStream body) throws IOException {
        Path copy = folder.resolve(".archive");
        Files.copy(body, copy);
        return copy;
    }

    /** Records that the file sent as {@code sentName} is not read, and why. */
    void reject(String sentName, String reason) {
        rejected.put(sentName, reason);
    }

    /** The saved files, in upload order. */
    List<Path> files() {
        return new ArrayList<>(sentNames.keySet());
    }

    /** The name a saved file was sent with. */
    String sentName(Path file) {
        return sentNames.getOrDefault(file, String.valueOf(file.getFileName()));
    }

    /** Files rejected before reading (sent name to reason). */
    Map<String, String> rejected() {
        return Map.copyOf(rejected);
    }

    /**
     * {@code text} with this folder's path and its separator left out, so that a reader's message about a saved file
     * names the file as it was sent rather than the temporary folder.
     */
    String withoutFolder(String text) {
        return text.replace(folder.toString() + folder.getFileSystem().getSeparator(), "");
    }

    /** The name a file sent as {@code sent} is saved under; empty when nothing usable is left. */
    static String safeName(String sent) {
        if (sent == null) {
            return "";
        }
        String last = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        String name = UNSAFE.matcher(last).replaceAll("_").strip();
        int start = 0;
        while (start < name.length() && name.charAt(start) == '.') {
            start++;
        }
        name = name.substring(start);
        if (name.length() > MAX_NAME) {
            // Keep the extension: it says how the file is read.
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    private void copy(String sentName, InputStream content, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        int read;
        while ((read = content.read(buffer)) != -1) {
            size += read;
            expanded += read;
            if (size > limits.fileBytes()) {
                throw new UploadRefusedException(413, sentName + ": larger than " + limits.fileBytes()
                        + " bytes, the size limit of one uploaded file");
            }
            if (expanded > limits.expandedBytes()) {
                throw new UploadRefusedException(413, "the upload expands to more than " + limits.expandedBytes()
                        + " bytes (at " + sentName + ")");
            }
            out.write(buffer, 0, read);
        }
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() {
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete the upload folder {}; it holds only copies of uploaded files: {}", folder,
                    e.toString());
        }
    }
}
