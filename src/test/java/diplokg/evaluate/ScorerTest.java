package diplokg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.fact.Annotation;
import diplokg.fact.Contract;
import diplokg.fact.Event;
import diplokg.fact.NameMatch;
import diplokg.fact.Official;
import diplokg.fact.Organization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static Annotation annotation(String date, List<String> states, List<Official> officials,
                                         List<Event> events, List<List<String>> organizations) {
        Annotation.Builder builder = Annotation.builder("a", date, "t").addAll(Contract.STATES, states)
                .addAll(Contract.OFFICIALS, officials).addAll(Contract.EVENTS, events);
        organizations.forEach(names -> builder.add(Contract.ORGANIZATIONS, new Organization(names)));
        return builder.build();
    }

    private static FieldScore field(Annotation predicted, Annotation gold, String name) {
        return new Scorer().score(Map.of("a", predicted), Map.of("a", gold)).field(name);
    }

    @Test
    void countsTruePositivesPredictedAndGoldPerField() {
        Annotation gold = annotation(null, List.of("JP", "VN"), List.of(), List.of(), List.of());
        Annotation predicted = annotation(null, List.of("CN", "JP", "VN"), List.of(), List.of(), List.of());
        FieldScore states = field(predicted, gold, "states");
        assertEquals(new FieldScore("states", 2, 3, 2), states);
        assertEquals(2.0 / 3, states.precision(), 1e-9);
        assertEquals(1.0, states.recall(), 1e-9);
        assertEquals(0.8, states.f1(), 1e-9);
    }

    @Test
    void nullDatesOnBothSidesAreNotCountedButAWrongDateCountsTwice() {
        Annotation none = annotation(null, List.of(), List.of(), List.of(), List.of());
        assertEquals(new FieldScore("date", 0, 0, 0), field(none, none, "date"));
        Annotation may = annotation("2024-05", List.of(), List.of(), List.of(), List.of());
        Annotation june = annotation("2024-06", List.of(), List.of(), List.of(), List.of());
        assertEquals(new FieldScore("date", 0, 1, 1), field(june, may, "date"));
    }

    @Test
    void namesAgreeWithoutDiacriticsAndByContainedWords() {
        assertTrue(NameMatch.agree("Lương Cường", "Luong Cuong"));
        assertTrue(NameMatch.agree("Loukachenko", "Alexandre Loukachenko"));
        assertTrue(NameMatch.agree("Bezdetko", "Gennady S. Bezdetko"));
        assertFalse(NameMatch.agree("S.", "Gennady S. Bezdetko"), "no word of three letters");
        assertFalse(NameMatch.agree("Pham Minh Chinh", "Pham Binh Minh"));
    }

    @Test
    void officialsNeedNameRoleAndStateWhileOfficialNamesNeedTheName() {
        Annotation gold = annotation(null, List.of(), List.of(new Official("Tô Lâm", "party-leader", "VN")),
                List.of(), List.of());
        Annotation predicted = annotation(null, List.of(),
                List.of(new Official("To Lam", "head-of-state", "VN")), List.of(), List.of());
        assertEquals(new FieldScore("officials.name", 1, 1, 1), field(predicted, gold, "officials.name"));
        assertEquals(new FieldScore("officials", 0, 1, 1), field(predicted, gold, "officials"));
    }

    @Test
    void eventsMatchOnTypeAndDateOneToOne() {
        Annotation gold = annotation(null, List.of(), List.of(), List.of(
                new Event("meeting", "2024-10", null, List.of()),
                new Event("meeting", "2024-10", null, List.of())), List.of());
        Annotation predicted = annotation(null, List.of(), List.of(), List.of(
                new Event("meeting", "2024-10", "Paris", List.of("X"))), List.of());
        assertEquals(new FieldScore("events", 1, 1, 2), field(predicted, gold, "events"));
    }

    @Test
    void organisationsMatchWhenAnyNameAgrees() {
        Annotation gold = annotation(null, List.of(), List.of(), List.of(),
                List.of(List.of("Association des nations de l'Asie du Sud-Est", "ASEAN")));
        Annotation predicted = annotation(null, List.of(), List.of(), List.of(), List.of(List.of("ASEAN")));
        assertEquals(new FieldScore("organizations", 1, 1, 1), field(predicted, gold, "organizations"));
    }

    @Test
    void aGoldArticleWithoutPredictionCountsEveryItemAsMissed() {
        Annotation gold = annotation("2024-05", List.of("RU", "VN"), List.of(), List.of(), List.of());
        Evaluation evaluation = new Scorer().score(Map.of(), Map.of("a", gold));
        assertEquals(new FieldScore("states", 0, 0, 2), evaluation.field("states"));
        assertEquals(new FieldScore("date", 0, 0, 1), evaluation.field("date"));
    }
}
