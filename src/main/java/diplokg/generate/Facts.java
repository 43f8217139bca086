package diplokg.generate;

import diplokg.fact.Annotation;
import diplokg.fact.Contract;
import diplokg.fact.Establishment;
import diplokg.fact.Event;
import diplokg.fact.Official;
import diplokg.fact.Partnership;
import diplokg.fact.StatePair;
import diplokg.fact.Target;
import java.math.BigDecimal;
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
    private final StatePair pair;
    private final Set<String> states = new TreeSet<>();
    private final Map<Person, Integer> officials = new LinkedHashMap<>();
    private final Set<String> sectors = new LinkedHashSet<>();
    private final List<Event> events = new ArrayList<>();
    private final List<String> happenings = new ArrayList<>();
    private final Set<Partnership> partnerships = new LinkedHashSet<>();
    private final Set<Establishment> relations = new LinkedHashSet<>();
    private final List<Target> targets = new ArrayList<>();
    private final Map<Organization, Set<String>> organizations = new LinkedHashMap<>();
    private final Set<diplokg.fact.Agreement> agreements = new LinkedHashSet<>();

    private Facts(boolean recording, StatePair pair) {
        this.recording = recording;
        this.pair = pair;
    }

    /** Facts of an article about the relation between two states. */
    static Facts of(String state, String other) {
        return new Facts(true, StatePair.of(state, other));
    }

    /** Facts that record nothing. */
    static Facts discarding() {
        return new Facts(false, null);
    }

    StatePair pair() {
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
                agreements.add(new diplokg.fact.Agreement(parts[0], none ? null : pair));
            }
        }
    }

    /** An event told, and the id of the happening it reports. */
    void event(Event event, String happening) {
        if (recording) {
            events.add(event);
            happenings.add(happening);
        }
    }

    /** The happening of each event recorded, in the events' order. */
    List<String> happenings() {
        return List.copyOf(happenings);
    }

    void partnership(String level, boolean established) {
        if (recording) {
            partnerships.add(new Partnership(pair, level, established ? "established" : "existing"));
        }
    }

    void relations(int year) {
        if (recording) {
            relations.add(new Establishment(pair, year));
        }
    }

    void target(String indicator, long value, String unit, Integer year) {
        if (recording) {
            targets.add(new Target(pair, indicator, BigDecimal.valueOf(value), unit, year));
        }
    }

    void organization(Organization organization, List<String> names) {
        if (recording) {
            organizations.computeIfAbsent(organization, o -> new LinkedHashSet<>()).addAll(names);
        }
    }

    /** The gold annotations of everything recorded. */
    Annotation gold(String id, String date, String title) {
        Annotation.Builder gold = Annotation.builder(id, date, title)
                .addAll(Contract.STATES, List.copyOf(states))
                .add(Contract.PAIRS, pair)
                .addAll(Contract.PARTNERSHIPS, List.copyOf(partnerships));
        officials.forEach((person, flags) -> {
            if (flags == (NAMED | ROLE_STATED)) {
                gold.add(Contract.OFFICIALS, new Official(person.name(), person.role().roleId(), person.state()));
            }
        });
        organizations.values().forEach(names ->
                gold.add(Contract.ORGANIZATIONS, new diplokg.fact.Organization(List.copyOf(names))));
        return gold.addAll(Contract.SECTORS, List.copyOf(sectors))
                .addAll(Contract.EVENTS, events)
                .addAll(Contract.RELATIONS_ESTABLISHED, List.copyOf(relations))
                .addAll(Contract.TARGETS, targets)
                .addAll(Contract.AGREEMENTS, List.copyOf(agreements))
                .build();
    }
}
