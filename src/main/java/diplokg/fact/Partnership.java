package diplokg.fact;



/** A partnership level stated for a pair: {@code status} is {@code established} or {@code existing}. */
public record Partnership(StatePair pair, String level, String status) {

    public Partnership {
        if (pair == null || level == null || status == null) {
            throw new IllegalArgumentException("partnership needs pair, level and status, got " + pair + " / "
                    + level + " / " + status);
        }
    }
}
