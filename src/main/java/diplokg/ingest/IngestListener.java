package diplokg.ingest;

/** Told how a load advances; called from the writing thread. */
public interface IngestListener {

    /** A listener that ignores everything. */
    IngestListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} articles have been processed (loaded, skipped or failed). */
    void progress(int done, int total);
}
