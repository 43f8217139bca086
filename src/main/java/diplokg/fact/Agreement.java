package diplokg.fact;

/** A document adopted, signed or referred to; {@code pair} is null when it is not bilateral. */
public record Agreement(String type, StatePair pair) {

    public Agreement {
        if (type == null) {
            throw new IllegalArgumentException("agreement without type");
        }
    }
}
