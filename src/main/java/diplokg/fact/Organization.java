package diplokg.fact;

import java.util.List;

/** An organisation with every name the article gives it (full name and acronym are one organisation). */
public record Organization(List<String> names) {

    public Organization {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("organisation without a name");
        }
    }
}
