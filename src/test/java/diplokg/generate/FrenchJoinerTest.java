package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrenchJoinerTest {

    private final FrenchGrammar grammar = new FrenchGrammar(SectionFile.resource("phrases.txt"));

    @Test
    void contractsPrepositionAndArticleOfTheNextPiece() {
        assertEquals("la visite du Premier ministre", grammar.join("la visite de ", "le Premier ministre"));
        assertEquals("au Japon", grammar.join("à ", "le Japon"));
        assertEquals("des États-Unis", grammar.join("de ", "les États-Unis"));
        assertEquals("aux dirigeants", grammar.join("à ", "les dirigeants"));
        assertEquals("liées par de relations", grammar.join("liées par de ", "des relations"));
    }

    @Test
    void elidesBeforeAVowelButNotBeforeAnH() {
        assertEquals("l'ambassadeur", grammar.join("le", " ", "ambassadeur"));
        assertEquals("d'Indonésie", grammar.join("de ", "Indonésie"));
        assertEquals("qu'Anwar Ibrahim", grammar.join("que ", "Anwar Ibrahim"));
        assertEquals("d'un partenariat", grammar.join("de ", "un partenariat"));
        assertEquals("le haut fonctionnaire", grammar.join("le", " ", "haut fonctionnaire"));
        assertEquals("de Yoon Suk", grammar.join("de ", "Yoon Suk"));
    }

    @Test
    void contractsAnArticleWrittenAloneOnceTheNextWordIsKnown() {
        assertEquals("l'invitation du Premier ministre", grammar.join("l'invitation de ", "le", " ", "Premier ministre"));
        assertEquals("de l'ambassadeur", grammar.join("de ", "le", " ", "ambassadeur"));
        assertEquals("des ambassadeurs", grammar.join("de ", "les", " ", "ambassadeurs"));
    }

    @Test
    void keepsCapitalsAndNeverTouchesANameInsideAPiece() {
        assertEquals("Du Japon", grammar.join("De ", "le Japon"));
        assertEquals("Au Laos", grammar.join("À ", "le Laos"));
        assertEquals("avec Juan Ramón de la Fuente", grammar.join("avec ", "Juan Ramón de la Fuente"));
        assertEquals("à Le Van An", grammar.join("à ", "Le Van An"));
        assertEquals("de La Havane", grammar.join("de ", "La Havane"));
    }
}
