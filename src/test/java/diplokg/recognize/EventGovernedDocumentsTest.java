package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "accords signés" after a preposition ("sur la base des accords signés", "la mise en œuvre des accords signés")
 * names documents signed before, as "l'accord signé" does; as the subject of its sentence it tells the signing.
 */
class EventGovernedDocumentsTest {

    private static final String HELD = "Le 4 juin, la vice-ministre Le Thi Lan a coprésidé avec son homologue kényan "
            + "Peter Mwangi la première consultation politique entre les deux ministères.";

    @Test
    void documentsSignedAfterAPrepositionAreNoSigning() {
        for (String recalled : List.of(
                "Les deux parties ont fixé les priorités sur la base des accords signés par les deux gouvernements.",
                "Ils ont souligné la nécessité de la mise en œuvre des accords signés dans l'agriculture.")) {
            assertEquals(List.of("conference 2024-06-04"),
                    TestArticles.events("2024-06", "Le Vietnam et le Kenya", HELD, recalled), recalled);
        }
    }

    @Test
    void documentsSignedAsTheSubjectAreASigning() {
        assertEquals(List.of("conference 2024-06-04", "signing 2024-06-04"), TestArticles.events("2024-06",
                "Le Vietnam et le Kenya", HELD,
                "Les accords signés à cette occasion couvrent l'agriculture et l'éducation."));
    }
}
