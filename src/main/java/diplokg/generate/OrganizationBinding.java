package diplokg.generate;

import java.util.List;

/** An organisation bound to {@code org}: one way of naming it, and the names that way writes. */
record OrganizationBinding(Organization organization, String phrase, List<String> names) implements Binding {

    OrganizationBinding {
        names = List.copyOf(names);
    }

    @Override
    public boolean supports(String form) {
        return form.isEmpty();
    }

    @Override
    public String render(String form, Renderer renderer) {
        renderer.facts().organization(organization, names);
        organization.states().forEach(renderer.facts()::state);
        return phrase;
    }

    @Override
    public Agreement agreement() {
        return Agreement.M;
    }
}
