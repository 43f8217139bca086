package diplokg.recognize;

/** A partnership level stated for a pair: {@code status} is {@code established} or {@code existing}. */
public record Partnership(StatePair pair, String level, String status, int sentence) {

    public Partnership {
        if (pair == null || level == null || status == null) {
            throw new IllegalArgumentException("partnership needs pair, level and status");
        }
    }
}
