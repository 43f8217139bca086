package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import diplokg.ProjectFiles;
import diplokg.fact.Stated;
import diplokg.nlp.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;


class StateRecognizerTest {

    private final StateRecognizer recognizer = new StateRecognizer(ProjectFiles.lexicon());

    private List<String> codes(String text) {
        Sentence sentence = ProjectFiles.nlp().sentence(text);
        return recognizer.recognize(sentence).stream().map(Stated::fact).toList();
    }

    @Test
    void recognisesStatesByName() {
        assertEquals(List.of("ID", "IN", "US"), codes("L'Indonésie, l'Inde et les États-Unis ont signé."));
    }

    @Test
    void recognisesLongOfficialNames() {
        assertEquals(List.of("RU", "LA"),
                codes("La Fédération de Russie et la République démocratique populaire lao coopèrent."));
    }

    @Test
    void recognisesStatesFromDemonymAdjectivesInAllForms() {
        assertEquals(List.of("JP", "KR", "FR", "BY"),
                codes("les entreprises japonaises, le président sud-coréen, la délégation française et "
                        + "les produits biélorusses"));
    }

    @Test
    void recognisesBothStatesOfACompoundAdjective() {
        assertEquals(List.of("VN", "RU", "CN", "VN"),
                codes("la coopération vietnamo-russe et l'amitié sino-vietnamienne"));
    }

    @Test
    void ignoresNamesWrittenAsCommonNouns() {
        assertEquals(List.of(), codes("un pays situé sur l'équateur où l'on cultive le chili"));
    }

    @Test
    void recognisesNamesWithoutTheirAccents() {
        assertEquals(List.of("VN", "CN"), codes("Le Viet Nam et la Chine"));
    }

    @Test
    void givesOffsetsOfTheWholeName() {
        Sentence sentence = ProjectFiles.nlp().sentence("Visite aux États-Unis d'Amérique");
        Stated<String> mention = recognizer.recognize(sentence).get(0);
        assertEquals("États-Unis d'Amérique", sentence.text().substring(mention.start(), mention.end()));
    }
}
