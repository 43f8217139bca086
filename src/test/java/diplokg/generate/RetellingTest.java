package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import diplokg.fact.Contract;
import diplokg.fact.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Happenings reported by several articles of a generated corpus, and the gold that names them. */
class RetellingTest {

    private static final long SEED = Samples.SEED;
    private static final int DIGITS = CorpusGenerator.digits(Samples.COUNT);

    /** Every report of each happening in the sample corpus (default share). */
    private static Map<String, List<Event>> reports() {
        Map<String, List<Event>> reports = new LinkedHashMap<>();
        for (GeneratedArticle article : Samples.articles()) {
            List<Event> events = article.gold().get(Contract.EVENTS);
            for (int i = 0; i < events.size(); i++) {
                reports.computeIfAbsent(article.happenings().get(i), h -> new ArrayList<>()).add(events.get(i));
            }
        }
        return reports;
    }

    @Test
    void aboutTheDefaultShareOfArticlesRetellAnEarlierArticlesNewsAndArticlesOfTheirOwnAreUnchanged() {
        CorpusGenerator retelling = new CorpusGenerator(Samples.data());
        CorpusGenerator plain = new CorpusGenerator(Samples.data(), 0);
        int retold = 0;
        for (int i = 0; i < Samples.COUNT; i++) {
            int original = retelling.original(SEED, i);
            assertTrue(original <= i && retelling.original(SEED, original) == original, "article " + i);
            if (original < i) {
                retold++;
            } else {
                assertEquals(plain.article(SEED, i, DIGITS).text(), Samples.articles().get(i).text(), "article " + i);
            }
            assertEquals(i, plain.original(SEED, i));
        }
        double share = retold / (double) Samples.COUNT;
        assertTrue(share > 0.2 && share < 0.4, "share of retellings " + share);
    }

    @Test
    void reportsOfOneHappeningAgreeOnTypeMonthDayAndLeadingOfficial() {
        for (Map.Entry<String, List<Event>> happening : reports().entrySet()) {
            List<Event> told = happening.getValue();
            Set<String> types = new HashSet<>();
            Set<String> months = new HashSet<>();
            Set<String> days = new HashSet<>();
            Set<String> first = new HashSet<>();
            for (Event event : told) {
                types.add(event.type());
                first.add(event.participants().get(0));
                String date = event.date() == null ? "" : event.date();
                if (date.startsWith("--")) {
                    months.add(date.substring(2, 4));
                } else if (date.matches("\\d{4}-\\d{2}.*")) {
                    months.add(date.substring(5, 7));
                }
                if (date.matches(".*-\\d{2}-\\d{2}")) {
                    days.add(date.substring(date.length() - 5));
                }
            }
            String name = happening.getKey() + " " + told;
            assertEquals(1, types.size(), name);
            assertTrue(months.size() <= 1, name);
            assertTrue(days.size() <= 1, name);
            assertEquals(1, first.size(), name);
        }
    }

    @Test
    void aRetoldMainEventIsAlwaysDated() {
        CorpusGenerator generator = new CorpusGenerator(Samples.data());
        int retold = 0;
        for (int i = 0; i < Samples.COUNT; i++) {
            if (generator.original(SEED, i) < i) {
                Event main = Samples.articles().get(i).gold().get(Contract.EVENTS).get(0);
                assertTrue(main.date() != null, Samples.articles().get(i).id() + " " + main);
                retold++;
            }
        }
        assertTrue(retold > 0);
    }

    @Test
    void someHappeningsAreToldWithTheDayInOneArticleAndTheMonthOnlyInAnotherOrWithFewerParticipants() {
        int dayAndMonth = 0;
        int partial = 0;
        int multiple = 0;
        for (List<Event> told : reports().values()) {
            if (told.size() < 2) {
                continue;
            }
            multiple++;
            Set<Integer> lengths = new HashSet<>();
            Set<Integer> participants = new HashSet<>();
            told.forEach(e -> {
                lengths.add(e.date() == null ? 0 : e.date().length());
                participants.add(e.participants().size());
            });
            if (lengths.contains(10) && lengths.contains(7)) {
                dayAndMonth++;
            }
            if (participants.size() > 1) {
                partial++;
            }
        }
        assertTrue(multiple >= 40, multiple + " happenings with several reports");
        assertTrue(dayAndMonth >= 5, dayAndMonth + " happenings with a day in one report and the month in another");
        assertTrue(partial >= 3, partial + " happenings with partial participant lists");
    }

    @Test
    void withoutRetellingsNoHappeningIsReportedByTwoArticles() {
        CorpusGenerator plain = new CorpusGenerator(Samples.data(), 0);
        Map<String, String> articleOf = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            GeneratedArticle article = plain.article(SEED, i, DIGITS);
            for (String happening : article.happenings()) {
                String before = articleOf.putIfAbsent(happening, article.id());
                assertTrue(before == null || before.equals(article.id()), happening);
            }
        }
    }

    @Test
    void theGoldFileNamesEachEventsHappeningAndReadsBackAsTheSameAnnotation() {
        int events = 0;
        for (GeneratedArticle article : Samples.articles().subList(0, 60)) {
            String json = GoldJson.write(article.gold(), article.happenings());
            JsonObject parsed = JSON.parse(json);
            List<String> happenings = new ArrayList<>();
            for (JsonValue event : parsed.get("events").getAsArray()) {
                happenings.add(event.getAsObject().get(GoldJson.HAPPENING).getAsString().value());
                events++;
            }
            assertEquals(article.happenings(), happenings, article.id());
            Annotation read = AnnotationJson.read(parsed);
            assertEquals(article.gold(), read, article.id());
        }
        assertTrue(events > 60);
    }

    @Test
    void aGoldWithMoreEventsThanHappeningsIsRefused() {
        GeneratedArticle article = Samples.articles().stream()
                .filter(a -> !a.gold().get(Contract.EVENTS).isEmpty()).findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> GoldJson.write(article.gold(), List.of()));
    }

    @Test
    void aSigningAtTheEndOfTheTalksTakesTheTalksDay() {
        int checked = 0;
        for (GeneratedArticle article : Samples.articles()) {
            if (!article.shapes().contains("event.signing-after#1")) {
                continue;
            }
            List<Event> events = article.gold().get(Contract.EVENTS);
            for (int i = 1; i < events.size(); i++) {
                Event before = events.get(i - 1);
                if (events.get(i).type().equals("signing") && before.type().equals("meeting")
                        && before.date() != null && before.date().length() == 10) {
                    assertEquals(before.date(), events.get(i).date(), article.id());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 5, checked + " signings after dated talks");
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(Samples.data(), 1.5));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(Samples.data(), Double.NaN));
        assertFalse(new CorpusGenerator(Samples.data(), 1).original(SEED, 0) != 0);
    }
}
