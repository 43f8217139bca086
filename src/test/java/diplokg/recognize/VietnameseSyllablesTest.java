package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseSyllablesTest {

    @Test
    void vietnameseWordsAreOneSyllableWithOrWithoutDiacritics() {
        for (String word : List.of("Nguyễn", "Nguyen", "Triệu", "Trieu", "Nghiêm", "Hầu", "Tôn", "Thất", "Đoàn",
                "Doan", "Khuyến", "Quỳnh", "Giàng", "Người", "Oanh", "Y", "Anh", "Phước", "Cường", "Lại", "Mạc")) {
            assertFalse(VietnameseSyllables.foreign(word), word);
        }
    }

    @Test
    void wordsNoVietnameseSyllableCanBeAreForeign() {
        for (String word : List.of("Farrell", "Peters", "Bounthong", "Amir", "Wentao", "Wang", "Jinping", "Zhao",
                "In-kyo", "V.", "J", "Albanese", "Modi", "O'Brien")) {
            assertTrue(VietnameseSyllables.foreign(word), word);
        }
    }

    @Test
    void aForeignWordOfVietnameseShapeIsNotCaught() {
        // the shape reads syllables, not origins: "Don", "Hun Sen" could be Vietnamese words
        assertFalse(VietnameseSyllables.foreign("Don"));
        assertFalse(VietnameseSyllables.foreign("Sen"));
        // nor are a minority's names all of Kinh shape: the Jarai family name "Ksor" is known by the family list
        assertTrue(VietnameseSyllables.foreign("Ksor"));
    }
}
