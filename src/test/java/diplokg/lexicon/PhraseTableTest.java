package diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import diplokg.nlp.FrenchTokenizer;
import diplokg.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

    private final PhraseTable<String> table = PhraseTable.<String>builder()
            .add("partenariat global", "comprehensive")
            .add("partenariat stratégique global", "comprehensive-strategic")
            .add("chef de l'État", "head-of-state")
            .build();

    private static List<Token> tokens(String text) {
        return new FrenchTokenizer().tokenize(text, 0);
    }

    @Test
    void findsTheLongestPhraseIgnoringCaseAccentsAndApostropheStyle() {
        List<PhraseMatch<String>> matches =
                table.findAll(tokens("Un Partenariat strategique global et le chef de l’Etat"));
        assertEquals(List.of("comprehensive-strategic", "head-of-state"),
                matches.stream().map(PhraseMatch::value).toList());
        assertEquals(1, matches.get(0).start());
        assertEquals(4, matches.get(0).end());
    }

    @Test
    void knowsTheTokensOfItsLongestPhrase() {
        // "chef de l'État" is four tokens: the elided article is one.
        assertEquals(4, table.longest());
        assertEquals(0, PhraseTable.<String>builder().build().longest());
    }

    @Test
    void aPositionAtOrPastTheEndMatchesNothing() {
        List<Token> tokens = tokens("le partenariat");
        assertNull(table.matchAt(tokens, 2));
        assertNull(table.matchAt(tokens, 1));
    }

    @Test
    void looksUpAWholePhraseOnly() {
        assertEquals("comprehensive", table.lookup("Partenariat global"));
        assertNull(table.lookup("partenariat global et"));
    }

    @Test
    void anAcronymLabelMatchesOnlyAWordInCapitals() {
        PhraseTable<String> states = PhraseTable.<String>builder().add("EAU", "AE").add("Émirats arabes unis", "AE")
                .build();
        assertEquals(List.of("AE", "AE"), states.findAll(tokens("Les EAU, ou Emirats arabes unis, et l'eau potable"))
                .stream().map(PhraseMatch::value).toList());
    }

    @Test
    void aPhraseEndingInAnElidedWordMatchesItBeforeTheWordItLeansOn() {
        PhraseTable<String> cues = PhraseTable.<String>builder().add("lors d'", "occasion").build();
        assertEquals(List.of(1), cues.findAll(tokens("Ils ont parlé lors d’une réunion")).stream()
                .map(m -> m.end() - m.start() - 1).toList());
        assertEquals(List.of(), cues.findAll(tokens("Ils ont parlé lors de la réunion")));
    }
}
