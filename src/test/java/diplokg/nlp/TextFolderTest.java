package diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFolderTest {

    @Test
    void foldsCaseAccentsApostrophesAndSpacesKeepingTheLength() {
        String text = "Chef de l’État\u00a0Lương Cường – Đà Nẵng";
        String folded = TextFolder.fold(text);
        assertEquals("chef de l'etat luong cuong - da nang", folded);
        assertEquals(text.length(), folded.length());
    }

    @Test
    void givesOneKeyToSpellingsWithAndWithoutDiacritics() {
        assertEquals("luong cuong", TextFolder.key("Lương Cường"));
        assertEquals("luong cuong", TextFolder.key("  Luong   Cuong "));
        assertEquals("gennady s bezdetko", TextFolder.key("Gennady S. Bezdetko"));
    }

    @Test
    void foldsSuperscriptLettersOfOrdinalsToPlainLetters() {
        assertEquals("le 45e sommet, le 1er mai", TextFolder.fold("le 45\u1d49 sommet, le 1\u1d49\u02b3 mai"));
        // The modifier apostrophe stays an apostrophe; a modifier letter with no plain letter is kept.
        assertEquals("l'ile \u02bb", TextFolder.fold("l\u02bcîle \u02bb"));
    }
}
