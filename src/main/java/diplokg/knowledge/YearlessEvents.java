package diplokg.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * The year of an event dated by its day alone ({@code --12-11}: "le 11 décembre" in an article without a date): the
 * year of a mention dated that same day, or by that month alone, in any year from 1600 to 2199, that reports the same
 * happening (the fit of {@link HappeningKnowledge#fits}); the best fit first, then a day over a month, then the
 * latest year. A yearless mention that fits none keeps no year, and groups only with yearless mentions of its day.
 *
 * <p>The year depends on mentions of other months' keys, so a yearless mention is kept under the key of its month of
 * the year ({@code events --12}) and lent to the key of the month it falls in: a change to any key of that month of
 * the year re-derives the keys the yearless mentions of that month were lent to before and are lent to now.
 */
final class YearlessEvents {

    private YearlessEvents() {
    }

    /** Whether {@code date} names a day without its year. */
    static boolean isYearless(String date) {
        return date != null && ArticleDate.MONTH_DAY.matcher(date).matches();
    }

    /** The month of the year a yearless day falls in, as a key value: {@code --12-11} gives {@code --12}. */
    static String monthOfYear(String date) {
        return date.substring(0, 4);
    }

    /**
     * The year of each yearless mention that has one, by the mention's IRI.
     *
     * @param yearless  mentions dated {@code --MM-DD}
     * @param sameDay   the mentions dated, with a year, to the day {@code --MM-DD} or to its month alone
     */
    static Map<Node, String> years(List<EventMention> yearless, Function<String, List<EventMention>> sameDay) {
        Map<String, List<EventMention>> byDay = new HashMap<>();
        Map<Node, String> years = new HashMap<>();
        for (EventMention event : yearless) {
            List<EventMention> candidates = byDay.computeIfAbsent(event.date(), sameDay);
            candidates.stream()
                    .filter(dated -> inRange(dated.date()) && HappeningKnowledge.fits(event, dated) > 0)
                    .max(Comparator.comparingInt((EventMention dated) -> HappeningKnowledge.fits(event, dated))
                            .thenComparing(dated -> dated.date().length())
                            .thenComparing(dated -> dated.date().substring(0, 4)))
                    .ifPresent(dated -> years.put(event.mention(), dated.date().substring(0, 4)));
        }
        return years;
    }

    /** Whether {@code event} can give a yearless mention its year: it is dated, in range, to a day or a month. */
    static boolean canDate(EventMention event) {
        String date = event.date();
        return date != null && (ArticleDate.isDay(date) || ArticleDate.isMonth(date)) && inRange(date);
    }

    /**
     * Whether {@code dated} is one of the mentions {@link #years} weighs for {@code yearless}: dated, with a year, to
     * its day or to its month alone, and fitting it.
     */
    static boolean couldDate(EventMention dated, EventMention yearless) {
        if (!canDate(dated)) {
            return false;
        }
        String date = dated.date();
        String sameDay = yearless.date().substring(1);
        String sameMonth = monthOfYear(yearless.date()).substring(1);
        boolean sameTime = ArticleDate.isDay(date) ? date.substring(4).equals(sameDay)
                : date.substring(4).equals(sameMonth);
        return sameTime && HappeningKnowledge.fits(yearless, dated) > 0;
    }

    private static boolean inRange(String date) {
        int year = Integer.parseInt(date.substring(0, 4));
        return year >= ArticleDate.FIRST_YEAR && year <= ArticleDate.LAST_YEAR;
    }

    /** The key of the month {@code year} gives to the yearless mentions of {@code monthOfYear}. */
    static KnowledgeKey monthKey(String year, String monthOfYear) {
        return KnowledgeKey.events(year + monthOfYear.substring(1));
    }

    /**
     * Lends the yearless mentions of every month of the year in {@code byKey} (all the mentions of a store, by key)
     * to the months their year puts them in.
     */
    static void lend(SortedMap<KnowledgeKey, List<Mention>> byKey) {
        Map<String, List<EventMention>> datedByDay = new HashMap<>();
        byKey.forEach((key, mentions) -> {
            if (key.kind() == KnowledgeKey.Kind.EVENTS && ArticleDate.isMonth(key.value())) {
                mentions.stream().map(EventMention.class::cast).forEach(e -> datedByDay.computeIfAbsent(
                        "-" + e.date().substring(4), d -> new ArrayList<>()).add(e));
            }
        });
        List<KnowledgeKey> yearlessKeys = byKey.keySet().stream()
                .filter(key -> key.kind() == KnowledgeKey.Kind.EVENTS && key.value().startsWith("--")).toList();
        for (KnowledgeKey key : yearlessKeys) {
            List<EventMention> yearless = byKey.get(key).stream().map(EventMention.class::cast).toList();
            Map<Node, String> years = years(yearless, day -> {
                List<EventMention> candidates = new ArrayList<>(datedByDay.getOrDefault(day, List.of()));
                candidates.addAll(datedByDay.getOrDefault(monthOfYear(day), List.of()));
                return candidates;
            });
            List<Mention> kept = new ArrayList<>();
            for (EventMention event : yearless) {
                String year = years.get(event.mention());
                if (year == null) {
                    kept.add(event);
                } else {
                    byKey.computeIfAbsent(monthKey(year, key.value()), k -> new ArrayList<>()).add(event.inYear(year));
                }
            }
            if (kept.isEmpty()) {
                byKey.remove(key);
            } else {
                byKey.put(key, kept);
            }
        }
    }
}
