package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A coronation ceremony is a rite of one state's crown, no meeting between states; another ceremony still is. */
class EventCoronationsTest {

    @Test
    void aCoronationCeremonyIsNoEvent() {
        assertEquals(List.of(), TestArticles.events("2024-03", "Le Cambodge et le Népal",
                "Le nouveau roi a été acclamé par la foule lors de sa cérémonie de couronnement à Katmandou, le 2 "
                        + "mars 2024."));
    }

    @Test
    void aGuestAtACoronationAttendedACeremony() {
        assertEquals(List.of("conference 2023-05-06"), TestArticles.events("2023-05", "Le Vietnam et le Royaume-Uni",
                "La vice-présidente Tran Thi Lan a assisté le 6 mai 2023 à Londres à la cérémonie de couronnement "
                        + "du roi Charles III."));
    }

    @Test
    void aCelebrationCeremonyStaysAConference() {
        assertEquals(List.of("conference 2024-03-02"), TestArticles.events("2024-03", "Le Cambodge et le Népal",
                "L'ambassade a organisé une cérémonie de célébration de l'amitié à Katmandou, le 2 mars 2024."));
    }
}
