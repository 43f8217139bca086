package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signing noun that a verb of appraisal or support takes as its object, with no date written after it ("a salué
 * la signature de l'accord", "soutenaient la signature du traité"), judges a document's conclusion: no signing is
 * told. A date after it ("le 6 mai", "à cette occasion") tells the signing held, as does a signing verb.
 */
class EventAppraisedSigningsTest {

    private static final String MET = "Le 12 mars, le ministre Tran Van Ba a reçu son homologue chilien Pablo Rojas.";

    /** The events of an article whose first sentence tells a meeting, then {@code sentence}. */
    private static List<String> afterTalks(String sentence) {
        return TestArticles.events("2025-03", "Le Vietnam et le Chili", MET, sentence);
    }

    @Test
    void aSigningJudgedWithNoDateIsNoSigning() {
        for (String judged : List.of(
                "Tran Van Ba a hautement apprécié la signature d'un accord sur le transport maritime.",
                "Pablo Rojas a salué la signature entre les deux pays d'un accord de non double imposition.",
                "Il a affirmé que les entreprises chiliennes soutenaient la signature et la ratification du traité.")) {
            assertEquals(List.of("meeting 2025-03-12"), afterTalks(judged), judged);
        }
    }

    @Test
    void aSigningJudgedWithItsDayOrOccasionIsASigning() {
        assertEquals(List.of("meeting 2025-03-12", "signing 2025-03-10"), afterTalks(
                "Pablo Rojas a hautement apprécié la signature d'un accord d'exemption de visa le 10 mars."));
        assertEquals(List.of("meeting 2025-03-12", "signing 2025-03-12"), afterTalks(
                "Il a remercié le Vietnam, appréciant la signature d'un mémorandum à cette occasion."));
    }

    @Test
    void aSigningVerbAfterPraiseIsASigning() {
        assertEquals(List.of("meeting 2025-03-12", "signing 2025-03"), afterTalks(
                "Les deux ministres ont salué les progrès de la coopération et ont signé un mémorandum."));
    }

    /**
     * A signing welcomed in a sentence that places it (another event, an occasion, witnesses, a clause telling it
     * held, a date anywhere, a ceremony) is a signing held.
     */
    @Test
    void aSigningJudgedButPlacedIsASigning() {
        for (String placed : List.of(
                "Les deux ministres se sont félicités de la signature de quatre accords lors de cette visite.",
                "Pablo Rojas a salué la signature de deux mémorandums au cours de la rencontre.",
                "Ils se sont félicités de la signature de six documents de coopération en leur présence.",
                "Les deux vice-ministres se sont réjouis de la signature, en présence des deux ministres, d'un accord.",
                "Il a salué la signature de l'accord sur le transport maritime, qui a eu lieu hier à Santiago.",
                "Au cours des entretiens, les deux ministres ont salué la signature de trois accords.",
                "Le ministre chilien a salué la cérémonie de signature de l'accord sur la pêche.",
                "Le 12 mars, Pablo Rojas a salué la signature de l'accord sur la pêche.")) {
            List<String> events = afterTalks(placed);
            assertEquals(true, events.stream().anyMatch(e -> e.startsWith("signing")), placed + " " + events);
        }
    }
}
