package diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** One person across spellings and partial names, never two people merged on a guess. */
class PersonDirectoryTest {

    private final PersonDirectory people = new PersonDirectory();

    @Test
    void anAccentFoldedSpellingIsTheSamePerson() {
        String first = people.slug("Lương Cường", "VN");
        assertEquals(first, people.slug("Luong Cuong", "VN"));
    }

    @Test
    void aNameHoldingOrHeldByAKnownOneIsThatPerson() {
        String full = people.slug("Alexandre Loukachenko", "BY");
        assertEquals(full, people.slug("Loukachenko", "BY"));
        String shortFirst = people.slug("Mirziyoyev", "UZ");
        assertEquals(shortFirst, people.slug("Chavkat Mirziyoyev", "UZ"));
    }

    @Test
    void theSameWordInAnotherStateIsSomebodyElse() {
        String here = people.slug("Maria Silva", "BR");
        assertNotEquals(here, people.slug("Silva", "PT"));
    }

    @Test
    void aShortNameFittingSeveralPeopleGetsItsOwnResource() {
        String one = people.slug("Nguyen Van An", "VN");
        String other = people.slug("Nguyen Thi Binh", "VN");
        String alone = people.slug("Nguyen", "VN");
        assertNotEquals(one, alone);
        assertNotEquals(other, alone);
        assertNotEquals(one, other);
    }

    @Test
    void wordsShorterThanThreeLettersLinkNobody() {
        String le = people.slug("Le Minh", "VN");
        assertNotEquals(le, people.slug("Le", "VN"));
    }

    @Test
    void aShortNameSeenAloneDrawsNoFullerNameOfAnotherPerson() {
        people.slug("Nguyen Van An", "VN");
        people.slug("Nguyen Thi Binh", "VN");
        String alone = people.slug("Nguyen", "VN");
        assertNotEquals(alone, people.slug("Nguyen Van Hai", "VN"));
        assertNotEquals(alone, people.slug("Nguyen Duc Long", "VN"));
    }

    @Test
    void aPartialNameJoinsAPersonOnlyWhenEveryNameOfThatPersonFitsIt() {
        String full = people.slug("Tran Quoc Dinh", "VN");
        assertEquals(full, people.slug("Dinh", "VN"));
        String other = people.slug("Ha Minh Dinh", "VN");
        assertNotEquals(full, other);
        assertNotEquals(full, people.slug("Vo Dinh Chinh", "VN"));
        assertEquals(full, people.slug("Quoc Dinh", "VN"));
    }
}
