package diplokg.generate;

import diplokg.evaluate.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an article's text states, collected while it is rendered, and turned into its {@link Annotation}. A
 * discarding instance (for link lines, which are not text) records nothing. Not thread-safe.
 */
final class Facts {

    private static final int NAMED = 1;
    private static final int ROLE_STATED = 2;
    private static final String NO_PAIR = "none";

    private final boolean recording;
    private final List<String> pair;
    private final Set<String> states = new TreeSet<>();
    private final Map<Person, Integer> officials = new LinkedHashMap<>();
    private final Set<String> sectors = new LinkedHashSet<>();
    private final List<Annotation.EventItem> events = new ArrayList<>();
    private final Set<Annotation.PartnershipItem> partnerships = new LinkedHashSet<>();
    private final Set<Annotation.EstablishmentItem> relations = new LinkedHashSet<>();
    private final List<Annotation.TargetItem> targets = new ArrayList<>();
    private final Map<Organization, Set<String>> organizations = new LinkedHashMap<>();
    private final Set<Annotation.AgreementItem> agreements = new LinkedHashSet<>();

    private Facts(boolean recording, List<String> pair) {
        this.recording = recording;
        this.pair = pair;
    }

    /** Facts of an article about the relation between two states. */
    static Facts of(String state, String other) {
        return new Facts(true, state.compareTo(other) < 0 ? List.of(state, other) : List.of(other, state));
    }

    /** Facts that record nothing. */
    static Facts discarding() {
        return new Facts(false, List.of());
    }

    List<String> pair() {
        return pair;
    }

    void state(String code) {
        if (recording) {
            states.add(code);
        }
    }

    /** Whether the text names {@code code} so far. */
    boolean names(String code) {
        return states.contains(code);
    }

    void named(Person person) {
        flag(person, NAMED);
    }

    void roleStated(Person person) {
        flag(person, ROLE_STATED);
    }

    private void flag(Person person, int flag) {
        if (recording) {
            officials.merge(person, flag, (a, b) -> a | b);
        }
    }

    void sectors(Collection<String> ids) {
        if (recording) {
            sectors.addAll(ids);
        }
    }

    /** Agreement tags of a frame: a type, or {@code type:none} for a document of no pair. */
    void agreements(Collection<String> tags) {
        for (String tag : tags) {
            if (recording) {
                String[] parts = tag.split(":");
                boolean none = parts.length > 1 && parts[1].equals(NO_PAIR);
                agreements.add(new Annotation.AgreementItem(parts[0], none ? null : pair));
            }
        }
    }

    void event(Annotation.EventItem event) {
        if (recording) {
            events.add(event);
        }
    }

    void partnership(String level, boolean established) {
        if (recording) {
            partnerships.add(new Annotation.PartnershipItem(pair, level, established ? "established" : "existing"));
        }
    }

    void relations(int year) {
        if (recording) {
            relations.add(new Annotation.EstablishmentItem(pair, year));
        }
    }

    void target(String indicator, long value, String unit, Integer year) {
        if (recording) {
            targets.add(new Annotation.TargetItem(pair, indicator, java.math.BigDecimal.valueOf(value), unit, year));
        }
    }

    void organization(Organization organization, List<String> names) {
        if (recording) {
            organizations.computeIfAbsent(organization, o -> new LinkedHashSet<>()).addAll(names);
        }
    }

    /** The gold annotations of everything recorded. */
    Annotation gold(String id, String date, String title) {
        List<Annotation.OfficialItem> named = new ArrayList<>();
        officials.forEach((person, flags) -> {
            if (flags == (NAMED | ROLE_STATED)) {
                named.add(new Annotation.OfficialItem(person.name(), person.role().roleId(), person.state()));
            }
        });
        List<List<String>> orgs = organizations.values().stream().map(List::copyOf).toList();
        return new Annotation(id, date, title, List.copyOf(states), List.of(pair), List.copyOf(partnerships), named,
                List.copyOf(sectors), events, List.copyOf(relations), targets, orgs, List.copyOf(agreements));
    }
}
