package diplokg.server;

import diplokg.article.ArticleFiles;
import diplokg.article.ArticleFormat;
import diplokg.article.ArticleFormatException;
import diplokg.article.ArticleReader;
import diplokg.ingest.ArticleFailure;
import diplokg.ingest.IngestReport;
import diplokg.ingest.UnknownArticlesException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Keeps the store in step with a folder of article files while the server runs ({@code serve --watch DIR}): files
 * added or changed are loaded, files deleted have their article removed, all through the {@link ServedArticles} the
 * admin API writes through, so a watched file and an upload never write at once.
 *
 * <p>Each look lists the folder as {@code diplokg ingest} would ({@link ArticleFiles}: readable types, recursively,
 * links kept inside the folder) and notes every file's size and modification time. A file is taken only when two
 * looks at least {@link #settle} apart see the same size and time, so a file still being copied is not read half-way.
 * The WatchService wakes the watcher as soon as something happens; because it can drop events (an overflow, a
 * subfolder it was not registered for), a look also runs every {@link #rescan} and compares with what was last seen.
 * Files ready together are loaded in batches of at most {@link #batchSize}, one transaction each; a file that fails
 * is reported with its reason and the rest of its batch is written. A file deleted has its article removed once two
 * looks miss it, so that a burst of deletions is also one transaction.
 *
 * <p>Not interrupted to stop ({@link #stop}): an interrupt closes TDB2's file channels under a write; the watcher
 * instead finishes the batch in hand and stops at its next wait.
 */
final class FolderWatcher {

    /** Folder events, files being copied: two looks this far apart must agree before a file is read. */
    static final Duration SETTLE = Duration.ofMillis(400);
    static final Duration RESCAN = Duration.ofSeconds(5);
    static final int BATCH_SIZE = 100;

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    /** A file's size and modification time at one look. */
    private record FileState(long size, FileTime modified) {
    }

    private final Path folder;
    private final ServedArticles articles;
    private final PrintStream log;
    private final Duration settle;
    private final Duration rescan;
    private final int batchSize;
    private final CountDownLatch stopping = new CountDownLatch(1);
    /** The state of each file at the last look. */
    private Map<Path, FileState> lastLook = Map.of();
    /** The state each file was in when it was last loaded (or rejected). */
    private final Map<Path, FileState> taken = new HashMap<>();
    /** The article id each file put in the store, for when it is deleted. */
    private final Map<Path, String> stored = new HashMap<>();
    /** What was already reported about files that are not read, so that each is said once. */
    private final Set<String> reported = new HashSet<>();
    private WatchService events;
    private Thread thread;

    FolderWatcher(Path folder, ServedArticles articles, PrintStream log, Duration settle, Duration rescan,
                  int batchSize) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.log = Objects.requireNonNull(log, "log");
        this.settle = Objects.requireNonNull(settle, "settle");
        this.rescan = Objects.requireNonNull(rescan, "rescan");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Starts watching on a daemon thread; the files already in the folder are taken as added. */
    synchronized void start() {
        try {
            events = folder.getFileSystem().newWatchService();
            folder.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new UncheckedIOException("--watch " + folder + ": cannot be watched: " + e.getMessage(), e);
        }
        thread = new Thread(this::run, "diplokg-watch");
        thread.setDaemon(true);
        thread.start();
        log.println("watching " + folder + " for article files");
    }

    /** Stops watching, after the batch in hand if any. */
    synchronized void stop() {
        stopping.countDown();
        try {
            if (events != null) {
                events.close();
            }
            if (thread != null) {
                thread.join(STOP_WAIT.toMillis());
            }
        } catch (IOException e) {
            log.println("watch " + folder + ": closing the watch service: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (stopping.getCount() > 0) {
                boolean waiting = step();
                if (waiting ? stopping.await(settle.toMillis(), TimeUnit.MILLISECONDS) : !awaitEvent()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // stop() closed it: the normal end.
        } catch (RuntimeException e) {
            log.println("watch " + folder + ": stopped by an unexpected error: " + e);
        }
    }

    /** Waits for a folder event or the rescan period; false when stopping. */
    private boolean awaitEvent() throws InterruptedException {
        WatchKey key = events.poll(rescan.toMillis(), TimeUnit.MILLISECONDS);
        while (key != null) {
            key.pollEvents();
            key.reset();
            key = events.poll();
        }
        return stopping.getCount() > 0;
    }

    /** One look: loads the files that are ready, removes the deleted ones; true while a file is still settling. */
    private boolean step() {
        Map<Path, FileState> look = look();
        boolean settling = removeDeleted(look);
        List<Path> ready = new ArrayList<>();
        for (Map.Entry<Path, FileState> file : look.entrySet()) {
            if (file.getValue().equals(taken.get(file.getKey()))) {
                continue;
            }
            if (file.getValue().equals(lastLook.get(file.getKey()))) {
                ready.add(file.getKey());
            } else {
                settling = true;
            }
        }
        lastLook = look;
        for (int from = 0; from < ready.size() && stopping.getCount() > 0; from += batchSize) {
            load(ready.subList(from, Math.min(ready.size(), from + batchSize)), look);
        }
        return settling;
    }

    private Map<Path, FileState> look() {
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(folder));
        for (ArticleFormatException problem : listing.problems()) {
            // A file deleted while the folder is being walked is no problem: the next look no longer lists it.
            if (!(problem.getCause() instanceof NoSuchFileException)) {
                reportOnce(problem.getMessage());
            }
        }
        for (Path skipped : listing.skipped()) {
            reportOnce(skipped + ": of no type diplokg reads (.txt, .html, .htm, .warc, .warc.gz): not loaded");
        }
        Map<Path, FileState> look = new LinkedHashMap<>();
        for (Path file : listing.files()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                look.put(file, new FileState(attributes.size(), attributes.lastModifiedTime()));
            } catch (IOException e) {
                // Deleted between the listing and now, or unreadable: the next look decides.
                continue;
            }
        }
        return look;
    }

    private void load(List<Path> batch, Map<Path, FileState> look) {
        IngestReport report;
        try {
            report = articles.load(batch, false);
        } catch (RuntimeException e) {
            log.println("watch " + folder + ": a batch of " + batch.size() + " files was not loaded: "
                    + e.getMessage());
            batch.forEach(file -> taken.put(file, look.get(file)));
            return;
        }
        Set<Path> failed = report.failures().stream().map(ArticleFailure::file).collect(Collectors.toSet());
        for (Path file : batch) {
            taken.put(file, look.get(file));
            if (!failed.contains(file)) {
                stored.put(file, ArticleReader.idOf(file));
            }
        }
        log.println("watch " + folder + ": " + batch.size() + " files: loaded " + report.loaded() + ", unchanged "
                + report.unchanged() + ", rejected " + report.failures().size() + " (" + report.elapsed().toMillis()
                + " ms)");
        for (ArticleFailure failure : report.failures()) {
            String reason = failure.message();
            log.println("  rejected " + (reason.startsWith(failure.file().toString()) ? reason
                    : failure.file() + ": " + reason));
        }
    }

    /**
     * Removes the articles of the files gone since two looks, so that a burst of deletions is one transaction too;
     * true while a file has been gone for one look only.
     */
    private boolean removeDeleted(Map<Path, FileState> look) {
        taken.keySet().retainAll(look.keySet());
        List<String> ids = new ArrayList<>();
        boolean settling = false;
        for (Iterator<Map.Entry<Path, String>> files = stored.entrySet().iterator(); files.hasNext(); ) {
            Map.Entry<Path, String> file = files.next();
            if (look.containsKey(file.getKey())) {
                continue;
            }
            if (lastLook.containsKey(file.getKey())) {
                settling = true;
            } else if (ArticleFormat.of(file.getKey()).orElse(null) == ArticleFormat.WARC) {
                // Its articles are named after their records, not after the file.
                log.println("watch " + folder + ": " + file.getKey() + " deleted; the articles of a WARC archive stay"
                        + " (remove them by id: POST /kg-admin/articles/remove)");
                files.remove();
            } else {
                ids.add(file.getValue());
                files.remove();
            }
        }
        remove(ids);
        return settling;
    }

    private void remove(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            articles.remove(ids);
            log.println("watch " + folder + ": removed " + ids.size() + " articles: " + String.join(", ", ids));
        } catch (UnknownArticlesException e) {
            List<String> held = new ArrayList<>(ids);
            held.removeAll(e.missing());
            log.println("watch " + folder + ": deleted files whose article the store does not hold: "
                    + String.join(", ", e.missing()));
            if (!held.isEmpty()) {
                articles.remove(held);
                log.println("watch " + folder + ": removed " + held.size() + " articles: " + String.join(", ", held));
            }
        }
    }

    private void reportOnce(String message) {
        if (reported.add(message)) {
            log.println("watch " + folder + ": " + message);
        }
    }
}
