/**
 * {@code diplokg bench}: measures extraction, loading, incremental ingest, saved queries in process and over HTTP,
 * and HTTP throughput next to plain Fuseki, side by side in one run, and reports them as JSON and Markdown. Builds on
 * every stage; only the CLI imports it.
 */
package diplokg.bench;
