package diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchTokenizerTest {

    private final FrenchTokenizer tokenizer = new FrenchTokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text, 0).stream().map(Token::text).toList();
    }

    @Test
    void splitsElisionsWithPlainAndTypographicApostrophes() {
        assertEquals(List.of("l'", "ambassadeur", "d’", "Indonésie", "qu'", "il", "lorsqu’", "elle"),
                words("l'ambassadeur d’Indonésie qu'il lorsqu’elle"));
    }

    @Test
    void keepsApostrophesInsideLongerWords() {
        assertEquals(List.of("aujourd'hui", ","), words("aujourd'hui,"));
    }

    @Test
    void keepsAnApostropheAfterTwoLettersInsideAName() {
        assertEquals(List.of("Sa'id", "Qu'", "il", "Ba’ath"), words("Sa'id Qu'il Ba’ath"));
    }

    @Test
    void keepsHyphenatedCompoundsWhole() {
        assertEquals(List.of("la", "coopération", "vietnamo-russe", "et", "le", "vice-Premier", "ministre"),
                words("la coopération vietnamo-russe et le vice-Premier ministre"));
    }

    @Test
    void keepsInitialsWhole() {
        assertEquals(List.of("V.N.", "Kharino", "et", "Gennady", "S.", "Bezdetko", "."),
                words("V.N. Kharino et Gennady S. Bezdetko."));
    }

    @Test
    void separatesPunctuationAndKeepsDecimalNumbers() {
        assertEquals(List.of("«", "1,5", "milliard", "»", ";", "2025", "."),
                words("«\u00a01,5 milliard\u00a0» ; 2025."));
    }

    @Test
    void givesOffsetsIntoTheTextShiftedByTheBlockOffset() {
        List<Token> tokens = tokenizer.tokenize("Tô Lâm a reçu", 100);
        assertEquals(List.of(100, 103, 107, 109), tokens.stream().map(Token::start).toList());
        assertEquals("to", tokens.get(0).folded());
        assertEquals("lam", tokens.get(1).folded());
    }
}
