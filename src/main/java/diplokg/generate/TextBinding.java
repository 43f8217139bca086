package diplokg.generate;

import java.util.Map;

/** A binding of fixed texts by form: a date, a level, an amount. */
record TextBinding(Map<String, String> forms, Agreement agreement) implements Binding {

    TextBinding {
        forms = Map.copyOf(forms);
    }

    static TextBinding of(String text) {
        return new TextBinding(Map.of("", text), Agreement.M);
    }

    static TextBinding of(String text, Agreement agreement) {
        return new TextBinding(Map.of("", text), agreement);
    }

    @Override
    public boolean supports(String form) {
        return forms.containsKey(form);
    }

    @Override
    public String render(String form, Renderer renderer) {
        return forms.get(form);
    }
}
