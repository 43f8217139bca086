package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import diplokg.DiplokgException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void parsesTagsSlotsAndAgreementChoices() {
        Template template = Template.parse("k", 3, "@dated +trade &agreement:none {A} s'est [A:rendu|rendue]{when?}.");
        assertEquals("k#3", template.id());
        assertEquals(Set.of("dated"), template.conditions());
        assertEquals(Set.of("trade"), template.sectors());
        assertEquals(List.of("agreement:none"), template.agreements());
        assertEquals(List.of(new Template.Slot("A", "", false), new Template.Literal(" s'est "),
                new Template.Choice(List.of("A"), List.of("rendu", "rendue")), new Template.Slot("when", "", true),
                new Template.Literal(".")), template.parts());
    }

    @Test
    void readsSlotForms() {
        assertEquals(List.of(new Template.Slot("A", "role.adj", false)), Template.parse("k", 1, "{A.role.adj}").parts());
    }

    @Test
    void rejectsAnUnclosedSlotOrAChoiceOfThreeForms() {
        assertThrows(DiplokgException.class, () -> Template.parse("k", 1, "{A a reçu"));
        assertThrows(DiplokgException.class, () -> Template.parse("k", 1, "[A:a|b|c]"));
    }

    @Test
    void everyFrameOfTheTemplatesFileParses() {
        TemplateBook book = Samples.data().templates;
        for (String kind : book.kinds()) {
            assertEquals(false, book.of(kind).isEmpty(), kind);
        }
    }
}
