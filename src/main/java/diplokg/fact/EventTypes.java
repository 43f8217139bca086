package diplokg.fact;

/**
 * The contract's event type ids ({@link Event#type()}; the concepts of the event-type scheme in {@code ontology/}
 * carry the same ids) that rules single out by name. Declared once: a rule that treats visits or messages apart
 * names the type here rather than spelling its id again.
 */
public final class EventTypes {

    public static final String MEETING = "meeting";
    public static final String VISIT = "visit";
    public static final String PHONE_CALL = "phone-call";
    public static final String SIGNING = "signing";
    public static final String CONFERENCE = "conference";
    public static final String MESSAGE = "message";

    private EventTypes() {
    }
}
