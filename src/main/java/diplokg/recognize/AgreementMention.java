package diplokg.recognize;

/** A document adopted, signed or referred to; {@code pair} is null when it is not bilateral. */
public record AgreementMention(String type, StatePair pair, int sentence) {

    public AgreementMention {
        if (type == null) {
            throw new IllegalArgumentException("agreement without type");
        }
    }
}
