package diplokg.generate;

import java.util.Set;

/**
 * An official bound to a slot. The plain form {@code {A}} is a mention, which the renderer makes an introduction
 * (name and office) the first time and a short reference afterwards; the other forms are pieces an introduction
 * frame assembles: {@code .name}, {@code .the}, {@code .role}, {@code .role.adj}, {@code .role.of}, {@code .adj},
 * the state adjectives, {@code .state}, {@code .state.in}.
 */
record OfficialBinding(Person person, StateProfile state) implements Binding {

    private static final Set<String> FORMS = Set.of("", "name", "the", "role", "role.of", "state", "state.in");
    private static final Set<String> ADJECTIVES = Set.of("role.adj", "adj", "m", "f", "mp", "fp");

    @Override
    public boolean supports(String form) {
        return FORMS.contains(form) || (state.ownAdjective() && ADJECTIVES.contains(form));
    }

    @Override
    public String render(String form, Renderer renderer) {
        FrenchGrammar grammar = renderer.grammar();
        boolean woman = person.feminine();
        switch (form) {
            case "" -> {
                return renderer.mention(this);
            }
            case "name" -> {
                renderer.named(person);
                return person.name();
            }
            case "the" -> {
                return grammar.determiner("the", person.agreement());
            }
            case "role" -> {
                renderer.facts().roleStated(person);
                return person.role().bare(woman);
            }
            default -> {
                if (form.startsWith("role")) {
                    renderer.facts().roleStated(person);
                }
                renderer.facts().state(state.code());
                return stateForm(form, grammar);
            }
        }
    }

    private String stateForm(String form, FrenchGrammar grammar) {
        boolean woman = person.feminine();
        return switch (form) {
            case "role.adj" -> person.role().withAdjective(woman, state.adjective(person.agreement()));
            case "role.of" -> grammar.join(person.role().bare(woman), " ", grammar.word("of"), " ",
                    state.withArticle());
            case "adj" -> state.adjective(person.agreement());
            case "state" -> state.withArticle();
            case "state.in" -> state.in();
            default -> state.adjective(Agreement.of(form));
        };
    }

    @Override
    public Agreement agreement() {
        return person.agreement();
    }

    @Override
    public Agreement agreement(String form) {
        return form.startsWith("state") ? state.agreement() : agreement();
    }
}
