package diplokg.fact;

import java.util.List;
import java.util.Objects;

/**
 * The fact kinds of the extraction contract ({@code annotations.md}), in its order: the one place that says what a
 * kind is called in the JSON and how it is scored. An article's {@link Annotation} holds a list per kind; its
 * header fields ({@code article}, {@code date}, {@code title}) are not kinds.
 */
public final class Contract {

    public static final FactKind<String> STATES = new FactKind<>("states", String.class,
            List.of(Score.equal("states")));
    public static final FactKind<StatePair> PAIRS = new FactKind<>("pairs", StatePair.class,
            List.of(Score.equal("pairs")));
    public static final FactKind<Partnership> PARTNERSHIPS = new FactKind<>("partnerships", Partnership.class,
            List.of(Score.byKey("partnerships", p -> List.of(p.pair(), p.level()))));
    public static final FactKind<Official> OFFICIALS = new FactKind<>("officials", Official.class, List.of(
            new Score<>("officials.name", (a, b) -> NameMatch.agree(a.name(), b.name()), true),
            new Score<>("officials", (a, b) -> NameMatch.agree(a.name(), b.name())
                    && Objects.equals(a.role(), b.role()) && Objects.equals(a.state(), b.state()), true)));
    public static final FactKind<String> SECTORS = new FactKind<>("sectors", String.class,
            List.of(Score.equal("sectors")));
    public static final FactKind<Event> EVENTS = new FactKind<>("events", Event.class,
            List.of(Score.byKey("events", e -> List.of(e.type(), String.valueOf(e.date())))));
    public static final FactKind<Establishment> RELATIONS_ESTABLISHED = new FactKind<>("relations_established",
            Establishment.class, List.of(Score.equal("relations_established")));
    public static final FactKind<Target> TARGETS = new FactKind<>("targets", Target.class,
            List.of(Score.byKey("targets", t -> List.of(t.pair(), t.indicator(), String.valueOf(t.year())))));
    public static final FactKind<Organization> ORGANIZATIONS = new FactKind<>("organizations", Organization.class,
            List.of(new Score<>("organizations", (a, b) -> a.names().stream()
                    .anyMatch(n -> b.names().stream().anyMatch(m -> NameMatch.agree(n, m))), true)));
    public static final FactKind<Agreement> AGREEMENTS = new FactKind<>("agreements", Agreement.class,
            List.of(Score.<Agreement>equal("agreements").reportedOnly()), FactKind.Items.THINGS);

    /** Every kind, in the contract's order (the order of the JSON document and of the scores). */
    public static final List<FactKind<?>> KINDS = List.of(STATES, PAIRS, PARTNERSHIPS, OFFICIALS, SECTORS, EVENTS,
            RELATIONS_ESTABLISHED, TARGETS, ORGANIZATIONS, AGREEMENTS);

    private Contract() {
    }
}
