package diplokg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of a load run: requests, errors and latency percentiles per kind of request and in all, the answers by
 * status, and the live heap over time. An error is an answer of 5xx or no answer; a 4xx is counted apart, as the
 * server refusing a value the request mix drew (a state an article names that the query knows nothing of, say).
 */
final class LoadFigures {

    private static final String ALL = "all";

    private LoadFigures() {
    }

    static List<Section> sections(LoadRun.Result result) {
        List<List<Object>> rows = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, List<Long>> kind : result.nanosByKind().entrySet()) {
            rows.add(row(kind.getKey(), kind.getValue(), result.statusByKind().get(kind.getKey()), result.seconds()));
            all.addAll(kind.getValue());
        }
        rows.add(row(ALL, all, allStatuses(result), result.seconds()));
        List<List<Object>> statuses = new ArrayList<>();
        result.statusByKind().forEach((kind, counts) -> counts.forEach((status, count) ->
                statuses.add(List.of(kind, status == LoadRun.NO_ANSWER ? "no answer" : String.valueOf(status),
                        count))));
        List<List<Object>> targets = targetRows(result, all.stream().mapToLong(Long::longValue).sum());
        List<List<Object>> heap = result.heapSamples().stream()
                .map(sample -> List.<Object>of(sample[0], sample[1])).toList();
        return List.of(
                new Section("load", "Load run: requests and latency (ms) per kind", List.of("kind", "requests",
                        "errors", "4xx", "requests/s", "p50 ms", "p95 ms", "p99 ms", "max ms"), rows),
                new Section("targets", "Load run: latency (ms) per request asked, the largest share of time first",
                        List.of("request", "requests", "share of time", "p50 ms", "p95 ms", "max ms"), targets),
                new Section("status", "Answers by status", List.of("kind", "status", "answers"), statuses),
                new Section("heap", "Live heap after a full collection, over the run", List.of("seconds",
                        "live heap (MB)"), heap));
    }

    /**
     * One row per saved query, page type and format, SPARQL shape: where the clients' time went, so that the slowest
     * requests of a run are named, not only counted.
     */
    private static List<List<Object>> targetRows(LoadRun.Result result, long allNanos) {
        return result.nanosByTarget().entrySet().stream()
                .sorted(java.util.Comparator.comparingLong(
                        (Map.Entry<String, List<Long>> e) -> -e.getValue().stream().mapToLong(Long::longValue).sum()))
                .map(e -> {
                    long[] sorted = sorted(e.getValue());
                    double share = allNanos == 0 ? 0 : java.util.Arrays.stream(sorted).sum() / (double) allNanos;
                    return List.<Object>of(e.getKey(), (long) sorted.length,
                            String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share), ms(sorted, 0.50),
                            ms(sorted, 0.95), sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6);
                }).toList();
    }

    /** The summary lines of a load run, for the report's first table. */
    static List<List<Object>> summary(LoadRun.Result result, ReliabilitySettings settings) {
        List<Long> all = new ArrayList<>();
        result.nanosByKind().values().forEach(all::addAll);
        long[] sorted = sorted(all);
        Map<Integer, Long> statuses = allStatuses(result);
        List<double[]> heap = result.heapSamples();
        double first = heap.isEmpty() ? 0 : heap.get(0)[1];
        double last = heap.isEmpty() ? 0 : heap.get(heap.size() - 1)[1];
        double max = heap.stream().mapToDouble(s -> s[1]).max().orElse(0);
        return List.of(
                List.of("articles in the store", settings.articles()),
                List.of("clients", settings.clients()),
                List.of("load run (s)", result.seconds()),
                List.of("requests", (long) sorted.length),
                List.of("errors (5xx or no answer)", errors(statuses)),
                List.of("refused (4xx)", refused(statuses)),
                List.of("p50 ms", ms(sorted, 0.50)),
                List.of("p95 ms", ms(sorted, 0.95)),
                List.of("p99 ms", ms(sorted, 0.99)),
                List.of("live heap at start (MB)", first),
                List.of("live heap at end (MB)", last),
                List.of("live heap, largest sample (MB)", max));
    }

    private static List<Object> row(String kind, List<Long> nanos, Map<Integer, Long> statuses, double seconds) {
        long[] sorted = sorted(nanos);
        return List.of(kind, (long) sorted.length, errors(statuses), refused(statuses), sorted.length / seconds,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.length == 0 ? 0.0
                        : sorted[sorted.length - 1] / 1e6);
    }

    private static Map<Integer, Long> allStatuses(LoadRun.Result result) {
        Map<Integer, Long> all = new java.util.TreeMap<>();
        result.statusByKind().values().forEach(counts -> counts.forEach((status, n) -> all.merge(status, n,
                Long::sum)));
        return all;
    }

    private static long errors(Map<Integer, Long> statuses) {
        return statuses.entrySet().stream().filter(e -> e.getKey() == LoadRun.NO_ANSWER || e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static long refused(Map<Integer, Long> statuses) {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 400 && e.getKey() < 500)
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static long[] sorted(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The nearest-rank percentile in milliseconds, 0 without durations. */
    private static double ms(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
