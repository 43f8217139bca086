package diplokg.recognize;

import java.util.List;

/** An organisation with every name the article gives it (full name and acronym are one organisation). */
public record NamedOrganization(List<String> names, int sentence) {

    public NamedOrganization {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("organisation without a name");
        }
    }
}
