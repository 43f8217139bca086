package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Meetings told together but held one by one: "des rencontres avec A, B et C", "ont eu séparément des entrevues". */
class EventSeparateMeetingsTest {

    private static List<Set<String>> meetings(String month, String title, String... body) {
        return TestArticles.facts(month, title, body).facts(Contract.EVENTS).stream()
                .filter(e -> e.type().equals("meeting"))
                .map(e -> Set.copyOf(e.participants()))
                .toList();
    }

    @Test
    void meetingsInThePluralWithSeveralPeopleListedAreOneMeetingEach() {
        assertEquals(List.of(Set.of("Ana Lopes", "Nguyen Van Hai"), Set.of("Ana Lopes", "Tran Thi Lan")),
                meetings("2023-06", "Le Vietnam et le Portugal",
                        "La ministre portugaise de la Santé Ana Lopes a eu des rencontres avec le vice-Premier "
                                + "ministre Nguyen Van Hai et la ministre du Commerce Tran Thi Lan."));
    }

    @Test
    void peopleMeetingSomeoneSeparatelyHoldOneMeetingEach() {
        assertEquals(List.of(Set.of("Nguyen Van Hai", "Ana Lopes"), Set.of("Tran Thi Lan", "Ana Lopes")),
                meetings("2023-06", "Le Vietnam et le Portugal",
                        "Le vice-Premier ministre Nguyen Van Hai et la ministre de la Santé Tran Thi Lan ont eu "
                                + "séparément des entrevues avec la ministre portugaise Ana Lopes."));
    }

    @Test
    void talksInThePluralWithSeveralPeopleAreOneMeeting() {
        assertEquals(List.of(Set.of("Ana Lopes", "Nguyen Van Hai", "Tran Thi Lan")),
                meetings("2023-06", "Le Vietnam et le Portugal",
                        "La ministre portugaise de la Santé Ana Lopes a eu des entretiens avec le vice-Premier "
                                + "ministre Nguyen Van Hai et la ministre du Commerce Tran Thi Lan."));
    }

    @Test
    void separateTalksWithPeopleListedBySemicolonsAreOneMeetingEach() {
        assertEquals(List.of(Set.of("Ana Lopes", "Nguyen Van Hai"), Set.of("Ana Lopes", "Tran Thi Lan"),
                Set.of("Ana Lopes", "Le Van Minh")), meetings("2023-06", "Le Vietnam et le Portugal",
                        "La Première ministre portugaise Ana Lopes a eu des entretiens séparés avec les "
                                + "dirigeants vietnamiens, y compris le président, Nguyen Van Hai; le Premier "
                                + "ministre Tran Thi Lan; et le président de l'Assemblée nationale, Le Van Minh, "
                                + "à Hanoï."));
    }

    @Test
    void aVisitorMeetingLeadersOfOneStateListedTogetherHoldsOneMeetingWithEach() {
        assertEquals(List.of(Set.of("Bounmy Keo", "Nguyen Van Hai"), Set.of("Bounmy Keo", "Tran Thi Lan"),
                Set.of("Bounmy Keo", "Le Van Minh")), meetings("2023-06", "Le Vietnam et le Laos",
                        "Le président laotien Bounmy Keo a rencontré le secrétaire général du Parti Nguyen Van Hai, "
                                + "le Premier ministre Tran Thi Lan et le président de l'Assemblée nationale Le Van "
                                + "Minh."));
    }

    @Test
    void leadersOfOneStateMetOnADayWrittenForThemAreOneMeeting() {
        assertEquals(List.of(Set.of("Bounmy Keo", "Nguyen Van Hai", "Tran Thi Lan")), meetings("2023-06",
                "Le Vietnam et le Laos", "Mardi 13 juin, le président laotien Bounmy Keo a rencontré le secrétaire "
                        + "général du Parti Nguyen Van Hai et le Premier ministre Tran Thi Lan."));
    }

    @Test
    void aMinisterAndAnAmbassadorReceivedTogetherAreOneMeeting() {
        assertEquals(List.of(Set.of("Tran Thi Lan", "Bounmy Keo", "Sone Phet")), meetings("2023-06",
                "Le Vietnam et le Laos", "Le Premier ministre Tran Thi Lan a reçu le ministre laotien de la Santé "
                        + "Bounmy Keo et l'ambassadeur du Laos Sone Phet."));
    }

    @Test
    void talksToldInAChainOfClausesAreOneMeetingPerClause() {
        assertEquals(List.of(Set.of("Bounmy Keo", "Le Van Minh"), Set.of("Bounmy Keo", "Nguyen Van Hai"),
                Set.of("Bounmy Keo", "Tran Thi Lan"), Set.of("Bounmy Keo", "Pham Van Dong")), meetings("2023-06",
                        "Le Vietnam et le Laos", "Lors de son séjour, le président laotien Bounmy Keo s'est "
                                + "entretenu avec le président Le Van Minh, a rencontré le secrétaire général du "
                                + "Parti Nguyen Van Hai, le Premier ministre Tran Thi Lan et le président de "
                                + "l'Assemblée nationale Pham Van Dong."));
    }

    @Test
    void aMeetingClauseAfterTalksKeepsItsOwnCounterpart() {
        assertEquals(List.of(Set.of("Ana Lopes", "Nguyen Van Hai"), Set.of("Ana Lopes", "Tran Thi Lan")),
                meetings("2023-06", "Le Vietnam et le Portugal", "La ministre portugaise Ana Lopes a eu une "
                        + "entrevue avec le vice-Premier ministre Nguyen Van Hai, puis a rencontré la ministre du "
                        + "Commerce Tran Thi Lan."));
    }

    @Test
    void aClauseWithATypographicApostropheIsAClauseOfItsOwn() {
        assertEquals(List.of(Set.of("Bounmy Keo", "Nguyen Van Hai"), Set.of("Bounmy Keo", "Tran Thi Lan")),
                meetings("2023-06", "Le Vietnam et le Laos", "Pendant son séjour, le président laotien Bounmy Keo "
                        + "a eu plusieurs activités, notamment rendre une visite de courtoisie au secrétaire "
                        + "général du Parti Nguyen Van Hai et s\u2019entretenir avec le Premier ministre Tran Thi "
                        + "Lan."));
    }
}
