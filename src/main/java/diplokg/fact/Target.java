package diplokg.fact;

import java.math.BigDecimal;

/**
 * A quantified goal: {@code indicator} (an indicator id) of {@code pair} to reach {@code value unit} by
 * {@code year}, which is null when the article gives none.
 */
public record Target(StatePair pair, String indicator, BigDecimal value, String unit, Integer year) {

    public Target {
        if (pair == null || indicator == null || value == null || unit == null) {
            throw new IllegalArgumentException("target needs pair, indicator, value and unit, got " + pair + " / "
                    + indicator + " / " + value + " / " + unit);
        }
    }
}
