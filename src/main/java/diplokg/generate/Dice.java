package diplokg.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's two draws over its one random source: whether something happens, and which of several things.
 * Every part of an article draws from the same source, in order, so that a seed always gives the same bytes.
 */
record Dice(SplittableRandom random) {

    /** True {@code percent} times in a hundred. */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** One of {@code values}, each as likely as the others. */
    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
