package diplokg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log of a store: one RDF Patch file per committed write transaction, in the folder {@value #FOLDER} of
 * the store, named by its version ({@code 000000000042.rdfp} takes the store from version 41 to 42). Version 0 is the
 * empty store; the store's own version is kept inside TDB2, in its prefix table ({@value #VERSION_PREFIX}), and is
 * written in the same transaction as the change it counts.
 *
 * <p><b>Design decision: a crash between the commit and the log.</b> A patch is written to
 * {@code NNN.rdfp.tmp} and forced to disk before TDB2 commits; the store's version is set to {@code NNN} inside the
 * transaction; after the commit the file is renamed to {@code NNN.rdfp} (an atomic rename). Whatever the moment of a
 * crash, the next {@link #recover} knows from the store's version which temporary file was committed: the one of the
 * store's version is renamed, any other deleted. So a patch is in the log exactly when its transaction committed, and
 * never half: readers of the log ({@code /kg/patches}) see only renamed files. The version is kept in TDB2 rather than
 * in a file beside it because only TDB2's transaction can make "the change is stored" and "its version is counted"
 * one event. Readers do not see the prefix: the server shows them diplokg's prefix map instead of the table
 * ({@code diplokg.server.PublishedPrefixes}), which is why the version is read below any wrappers.
 *
 * <p>The log may be trimmed ({@link #trim}); it is then followed from its {@link #floor()} only. Thread-safety: file
 * operations are safe from any thread; the store's write lock orders the writers.
 */
public final class PatchLog {

    /** The log's folder, inside the store folder. */
    public static final String FOLDER = "patches";
    /** The media type of RDF Patch text. */
    public static final String MEDIA_TYPE = "application/rdf-patch";
    /** The prefix name under which the store keeps its version in TDB2's prefix table. */
    static final String VERSION_PREFIX = "diplokg-patch-version";
    private static final String VERSION_IRI = "https://w3id.org/diplokg/patch-version/";
    private static final Pattern NAME = Pattern.compile("(\\d{12})\\.rdfp");
    private static final Pattern PENDING = Pattern.compile("(\\d{12})\\.rdfp\\.tmp");
    private static final Logger LOG = LoggerFactory.getLogger(PatchLog.class);

    private final Path folder;
    private volatile long floor;

    private PatchLog(Path folder) {
        this.folder = folder;
    }

    /** The log of the store in {@code storeFolder} (its folder is created when missing). */
    public static PatchLog of(Path storeFolder) {
        Path folder = storeFolder.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot create the patch log folder: " + e.getMessage(), e);
        }
        return new PatchLog(folder);
    }

    /**
     * The version the store {@code dataset} is at; call inside a transaction. 0 for a store never written. Read
     * below any wrappers: the server's dataset shows its readers diplokg's prefixes instead of the store's table.
     */
    public static long storedVersion(DatasetGraph dataset) {
        PrefixMap prefixes = StoreVersion.unwrapped(dataset).prefixes();
        String iri = prefixes.get(VERSION_PREFIX);
        if (iri == null || !iri.startsWith(VERSION_IRI)) {
            return 0;
        }
        return Long.parseLong(iri.substring(VERSION_IRI.length()));
    }

    /** Sets the version of {@code dataset} inside the current write transaction. */
    static void storeVersion(DatasetGraph dataset, long version) {
        StoreVersion.unwrapped(dataset).prefixes().add(VERSION_PREFIX, VERSION_IRI + version);
    }

    /** The log's folder. */
    public Path folder() {
        return folder;
    }

    /** The file of the patch to {@code version}. */
    public Path fileOf(long version) {
        return folder.resolve(String.format("%012d.rdfp", version));
    }

    Path pendingOf(long version) {
        return folder.resolve(String.format("%012d.rdfp.tmp", version));
    }

    /**
     * The oldest version the log can be followed from: patches {@code floor()+1} to the store's version are all in
     * the log. Below it, a reader needs a copy of the store instead (a dump).
     */
    public long floor() {
        return floor;
    }

    /** Whether the patch to {@code version} is in the log. */
    public boolean contains(long version) {
        return Files.isRegularFile(fileOf(version));
    }

    /** Opens the patch to {@code version}. */
    public InputStream open(long version) throws IOException {
        return Files.newInputStream(fileOf(version));
    }

    /**
     * Brings the log in step with the store at version {@code stored} after a stop or a crash: pending patches up to
     * that version were committed and are published (normally only the last; earlier ones when a commit reported a
     * failure after TDB2 had committed); later ones were not and are deleted. Then finds the floor. A log that lacks
     * patches up to {@code stored} (deleted by hand) is followed from {@code stored} on, with a warning.
     *
     * @throws StoreException when the log holds patches beyond the store's version (a store restored from an older
     *                        copy beside a newer log): replicas following it would hold what the store does not
     */
    void recover(long stored) {
        for (long pending : versions(PENDING)) {
            // Versions are counted one after the other from the store's own, so a pending patch at or below the
            // store's version was committed (an aborted one would have been overwritten by the next writer).
            if (pending <= stored && !contains(pending)) {
                LOG.info("{}: publishing patch {}, committed before the last stop", folder, pending);
                publish(pending);
            } else {
                discard(pending);
            }
        }
        List<Long> versions = versions(NAME);
        if (!versions.isEmpty() && versions.get(versions.size() - 1) > stored) {
            throw new StoreException(folder + ": the log holds patches up to version " + versions.get(
                    versions.size() - 1) + " but the store is at version " + stored + "; move the log away (replicas"
                    + " must then start again from a dump of this store)");
        }
        long lowest = stored;
        while (lowest > 0 && contains(lowest)) {
            lowest--;
        }
        if (lowest > 0 && lowest == stored && !versions.isEmpty()) {
            LOG.warn("{}: the log lacks the patch to version {}; replicas can follow it from version {} only", folder,
                    stored, stored);
        }
        floor = lowest;
    }

    /** Renames the pending patch of {@code version}, written and forced to disk, to its place in the log. */
    void publish(long version) {
        Path pending = pendingOf(version);
        try {
            try {
                Files.move(pending, fileOf(version), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending, fileOf(version), StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder();
        } catch (IOException e) {
            // The change is committed; the next start publishes the file (recover), so nothing is lost.
            LOG.warn("{}: cannot publish patch {} now, it will be at the next start: {}", folder, version,
                    e.getMessage());
        }
    }

    /** Deletes the pending patch of {@code version}, whose transaction did not commit. */
    void discard(long version) {
        try {
            Files.deleteIfExists(pendingOf(version));
        } catch (IOException e) {
            LOG.warn("{}: cannot delete the uncommitted patch {}: {}", folder, version, e.getMessage());
        }
    }

    /**
     * Deletes the patches up to and including {@code version} (at most the store's version {@code stored}); readers
     * behind it must then start from a dump. Returns how many were deleted.
     */
    public int trim(long version, long stored) {
        long upTo = Math.min(version, stored);
        int deleted = 0;
        for (long v : versions(NAME)) {
            if (v <= upTo) {
                try {
                    Files.delete(fileOf(v));
                    deleted++;
                } catch (IOException e) {
                    throw new StoreException(fileOf(v) + ": cannot delete: " + e.getMessage(), e);
                }
            }
        }
        floor = Math.max(floor, upTo);
        return deleted;
    }

    /** The newest version in the log, if any. */
    public OptionalLong newest() {
        List<Long> versions = versions(NAME);
        return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(versions.size() - 1));
    }

    private List<Long> versions(Pattern pattern) {
        List<Long> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                Matcher matcher = pattern.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    versions.add(Long.parseLong(matcher.group(1)));
                }
            });
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot list the patch log: " + e.getMessage(), e);
        }
        versions.sort(null);
        return versions;
    }

    private void forceFolder() throws IOException {
        // The rename is durable only once the folder's entry is on disk; some file systems refuse to open a folder.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("{}: cannot force the folder to disk: {}", folder, e.getMessage());
        }
    }
}
