package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameSpellingTest {

    @Test
    void writesVietnameseNamesWithAllWithoutOrWithFrenchDiacritics() {
        assertEquals("Nguyễn Văn An", NameSpelling.DIACRITICS.spell("Nguyễn Văn An"));
        assertEquals("Nguyen Van An", NameSpelling.PLAIN.spell("Nguyễn Văn An"));
        assertEquals("Nguyên Van An", NameSpelling.FRENCH_KEYBOARD.spell("Nguyễn Văn An"));
    }

    @Test
    void dropsTheBarOfDAndTheHornOfOAndU() {
        assertEquals("Dang Duc Thuong", NameSpelling.PLAIN.spell("Đặng Đức Thưởng"));
        assertEquals("Trân Hông Ha", NameSpelling.FRENCH_KEYBOARD.spell("Trần Hồng Hà"));
        assertEquals("Pham Minh Chinh", NameSpelling.PLAIN.spell("Phạm Minh Chính"));
    }
}
