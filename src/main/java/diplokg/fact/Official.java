package diplokg.fact;



/**
 * A named person with a public role: {@code name} as the article writes its fullest form, {@code role} a role id,
 * {@code state} the ISO code of the state served (null when the article does not say).
 */
public record Official(String name, String role, String state) {

    public Official {
        if (name == null || name.isBlank() || role == null) {
            throw new IllegalArgumentException("official needs a name and a role, got " + name + " / " + role);
        }
    }
}
