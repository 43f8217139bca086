package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pluperfect in a relative clause on a noun that is no event ("l'amitié que le dirigeant avait consacrée à ...")
 * recalls that noun's past, not the event of the sentence, which stays the article's own news; one on the event's
 * own noun ("la visite que X avait effectuée") recalls the event.
 */
class EventRelativeRecallsTest {

    @Test
    void aPluperfectOnAnotherNounLeavesTheMessageOfTheArticlesMonth() {
        assertEquals(List.of("message 2022-04"), TestArticles.events("2022-04", "Le Vietnam et le Chili",
                "Le ministre chilien a présenté ses sincères condoléances au peuple vietnamien, saluant "
                        + "l'engagement que le défunt dirigeant avait consacré à l'amitié entre les deux pays."));
    }

    @Test
    void aPluperfectOnTheEventsOwnNounStillRecallsIt() {
        assertEquals(List.of("visit null"), TestArticles.events("2022-04", "Le Vietnam et le Chili",
                "Le ministre chilien a rappelé la visite que le président vietnamien Tran Van Ba avait effectuée "
                        + "au Chili."));
    }

    @Test
    void aPluperfectOnAnotherNounStillRecallsAnEventOfItsClause() {
        assertEquals(List.of("signing null"), TestArticles.events("2024-09", "Le Vietnam et le Laos",
                "Le ministre Tran Van Ba a rappelé l'accord de coopération que les deux pays avaient signé à "
                        + "Vientiane."));
        assertEquals(List.of("visit null"), TestArticles.events("2024-09", "Le Vietnam et la Russie",
                "Le président Tran Van Ba a rappelé les liens d'amitié que le Président Hô Chi Minh avait noués "
                        + "lors de sa visite à Moscou."));
    }
}
