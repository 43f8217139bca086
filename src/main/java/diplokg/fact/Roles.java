package diplokg.fact;

/**
 * The contract's role ids ({@link Official#role()}; the concepts of the role scheme in {@code ontology/} carry the
 * same ids) that rules, and the generator's plans, single out by name. Declared once, as {@link EventTypes} is for
 * event types: a rule that treats heads of state or party leaders apart names the role here rather than spelling its
 * id again.
 */
public final class Roles {

    public static final String HEAD_OF_STATE = "head-of-state";
    public static final String VICE_PRESIDENT = "vice-president";
    public static final String HEAD_OF_GOVERNMENT = "head-of-government";
    public static final String DEPUTY_HEAD_OF_GOVERNMENT = "deputy-head-of-government";
    public static final String PARTY_LEADER = "party-leader";
    public static final String PARLIAMENT_LEADER = "parliament-leader";
    public static final String AMBASSADOR = "ambassador";
    public static final String OFFICIAL = "official";

    private Roles() {
    }
}
