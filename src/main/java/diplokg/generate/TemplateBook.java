package diplokg.generate;

import diplokg.DiplokgException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentence frames of {@code templates.txt} by kind, in file order. Immutable. */
final class TemplateBook {

    private final Map<String, List<Template>> byKind;

    private TemplateBook(Map<String, List<Template>> byKind) {
        this.byKind = byKind;
    }

    static TemplateBook read(SectionFile file) {
        Map<String, List<Template>> byKind = new LinkedHashMap<>();
        for (String kind : file.sections()) {
            List<Template> templates = new ArrayList<>();
            List<String> lines = file.lines(kind);
            for (int i = 0; i < lines.size(); i++) {
                templates.add(Template.parse(kind, i + 1, lines.get(i)));
            }
            byKind.put(kind, List.copyOf(templates));
        }
        return new TemplateBook(byKind);
    }

    /** The frames of {@code kind}; an unknown kind is an error. */
    List<Template> of(String kind) {
        List<Template> templates = byKind.get(kind);
        if (templates == null) {
            throw new DiplokgException("templates.txt: no [" + kind + "] section");
        }
        return templates;
    }

    /** Every kind, in file order. */
    List<String> kinds() {
        return List.copyOf(byKind.keySet());
    }
}
