package diplokg.evaluate;

import java.util.List;

/**
 * What the graph knows about one article, in the shape of the extraction contract ({@code annotations.md}).
 * Lists are kept in a stable order (sorted) so that two exports of the same store are byte-identical.
 */
public record Annotation(String article, String date, String title, List<String> states, List<List<String>> pairs,
                         List<PartnershipItem> partnerships, List<OfficialItem> officials, List<String> sectors,
                         List<EventItem> events, List<EstablishmentItem> relationsEstablished,
                         List<TargetItem> targets, List<List<String>> organizations,
                         List<AgreementItem> agreements) {

    public Annotation {
        states = List.copyOf(states);
        pairs = List.copyOf(pairs);
        partnerships = List.copyOf(partnerships);
        officials = List.copyOf(officials);
        sectors = List.copyOf(sectors);
        events = List.copyOf(events);
        relationsEstablished = List.copyOf(relationsEstablished);
        targets = List.copyOf(targets);
        organizations = List.copyOf(organizations);
        agreements = List.copyOf(agreements);
    }

    /** A partnership level stated for a pair. */
    public record PartnershipItem(List<String> pair, String level, String status) {
    }

    /** A person with the role and state the article gives. */
    public record OfficialItem(String name, String role, String state) {
    }

    /** An event; {@code date} and {@code place} may be null. */
    public record EventItem(String type, String date, String place, List<String> participants) {
        public EventItem {
            participants = List.copyOf(participants);
        }
    }

    /** The year a pair established diplomatic relations. */
    public record EstablishmentItem(List<String> pair, int year) {
    }

    /** A quantified goal; {@code year} may be null. */
    public record TargetItem(List<String> pair, String indicator, java.math.BigDecimal value, String unit,
                             Integer year) {
    }

    /** A document; {@code pair} may be null. */
    public record AgreementItem(String type, List<String> pair) {
    }
}
