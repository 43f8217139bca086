package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnCaptionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"levelLabel, level", "firstSeen, first seen", "lastSeen, last seen", "yearKnown, year known",
            "official1, official 1", "from_when, from when", "sourceURLText, source url text", "name, name",
            "label, label", "articles, articles"})
    void aVariableIsCaptionedInLowerCaseWordsWithoutATrailingLabel(String variable, String caption) {
        assertEquals(Map.of(variable, caption), ColumnCaption.of(List.of(variable)));
    }

    @Test
    void aLabelColumnBesideTheColumnOfItsThingKeepsTheWordLabel() {
        assertEquals(List.of("role", "role label", "first seen"),
                List.copyOf(ColumnCaption.of(List.of("role", "roleLabel", "firstSeen")).values()));
        assertEquals(List.of("person", "level"),
                List.copyOf(ColumnCaption.of(List.of("person", "levelLabel")).values()));
    }
}
