package diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcronymsTest {

    @Test
    void capitalsAreUpperCaseLettersOnly() {
        assertTrue(Acronyms.capitals("APEC"));
        assertTrue(Acronyms.capitals("ÉAU"));
        assertFalse(Acronyms.capitals("A"), "one letter is an initial");
        assertFalse(Acronyms.capitals("COP26"));
        assertFalse(Acronyms.capitals("ASEAN-UE"));
        assertFalse(Acronyms.capitals("Hanoï"));
    }

    @Test
    void hyphensMayJoinCapitals() {
        assertTrue(Acronyms.capitalsOrHyphens("ASEAN-UE"));
        assertTrue(Acronyms.capitalsOrHyphens("OMC"));
        assertFalse(Acronyms.capitalsOrHyphens("ASEAN-Chine"));
        assertFalse(Acronyms.capitalsOrHyphens("G20"));
    }

    @Test
    void capitalLettersAllowDigitsAndSigns() {
        assertTrue(Acronyms.capitalLetters("COP26"));
        assertTrue(Acronyms.capitalLetters("UE-27"));
        assertTrue(Acronyms.capitalLetters("G20"));
        assertFalse(Acronyms.capitalLetters("2024"), "a number has no letter");
        assertFalse(Acronyms.capitalLetters("Vietnam-UE"));
        assertFalse(Acronyms.capitalLetters("X"));
    }
}
