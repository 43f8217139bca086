package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks between two leaders held online or by video link are a meeting, as an audience held online is (the contract's
 * convention), not a phone call; a conference whose success the parties will work for has not happened.
 */
class EventOnlineTalksTest {

    @Test
    void anOnlineConversationBetweenTwoLeadersIsAMeeting() {
        assertEquals(List.of("meeting 2022-05-10"), TestArticles.events("2022-05", "Le Vietnam et la Norvège",
                "Le Premier ministre Tran Van Ba a eu mardi 10 mai une conversation en ligne avec son homologue "
                        + "norvégien Lars Berg."));
    }

    @Test
    void talksByVideoLinkAreAMeeting() {
        assertEquals(List.of("meeting 2022-05-10"), TestArticles.events("2022-05", "Le Vietnam et la Norvège",
                "Le 10 mai, le président Tran Van Ba s'est entretenu par visioconférence avec le roi de Norvège "
                        + "Harald Berg."));
    }

    @Test
    void aConferenceWhoseSuccessIsToBeEnsuredIsNoEvent() {
        assertEquals(List.of("meeting 2022-05-10"), TestArticles.events("2022-05", "Le Vietnam et la Norvège",
                "Le Premier ministre Tran Van Ba a eu mardi 10 mai une conversation en ligne avec son homologue "
                        + "norvégien Lars Berg.",
                "Tran Van Ba a affirmé que le Vietnam travaillerait avec la Norvège pour assurer le succès de la "
                        + "Conférence des Nations unies sur les océans."));
    }
}
