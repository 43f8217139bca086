package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events told as happening "ce matin", "aujourd'hui" (the day of publication) or "hier" (the day before), when the
 * source gives that day.
 */
class EventTodayTest {

    @Test
    void talksHeldThisMorningTakeTheDayOfPublication() {
        assertEquals(List.of("meeting 2025-03-14"), TestArticles.events("2025-03-14", "Le Vietnam et l'Irlande",
                "Le Premier ministre Tran Van Ba a rencontré ce matin à Dublin son homologue irlandais Sean Byrne."));
    }

    @Test
    void withoutTheDayOfPublicationTalksHeldThisMorningKeepTheMonth() {
        assertEquals(List.of("meeting 2025-03"), TestArticles.events("2025-03", "Le Vietnam et l'Irlande",
                "Le Premier ministre Tran Van Ba a rencontré ce matin à Dublin son homologue irlandais Sean Byrne."));
    }

    @Test
    void talksHeldYesterdayTakeTheDayBeforePublicationButTheVisitFramingThemKeepsTheMonth() {
        assertEquals(List.of("meeting 2025-03-13", "visit 2025-03"), TestArticles.events("2025-03-14",
                "Le Vietnam et l'Irlande", "Le Premier ministre irlandais Sean Byrne a eu des entretiens avec le "
                + "Premier ministre Tran Van Ba à Hanoï hier, pendant sa visite officielle au Vietnam."));
    }

    @Test
    void withoutTheDayOfPublicationYesterdayDatesNothing() {
        assertEquals(List.of("meeting 2025-03"), TestArticles.events("2025-03", "Le Vietnam et l'Irlande",
                "Le Premier ministre Tran Van Ba a reçu hier à Hanoï l'ambassadeur irlandais Sean Byrne."));
    }
}
