package diplokg.generate;

import java.util.Set;

/** A state bound to a slot: {@code {P}} "le Japon", {@code .name}, {@code .in}, the adjectives, {@code .capital}. */
record StateBinding(StateProfile state) implements Binding {

    private static final Set<String> FORMS = Set.of("", "name", "in", "capital");
    private static final Set<String> ADJECTIVES = Set.of("m", "f", "mp", "fp");

    @Override
    public boolean supports(String form) {
        return FORMS.contains(form) || (state.ownAdjective() && ADJECTIVES.contains(form));
    }

    @Override
    public String render(String form, Renderer renderer) {
        if (form.equals("capital")) {
            renderer.place(state.capital());
            return state.capital();
        }
        renderer.facts().state(state.code());
        return switch (form) {
            case "" -> state.withArticle();
            case "name" -> state.name();
            case "in" -> state.in();
            default -> state.adjective(Agreement.of(form));
        };
    }

    @Override
    public Agreement agreement() {
        return state.agreement();
    }
}
