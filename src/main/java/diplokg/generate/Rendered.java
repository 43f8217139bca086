package diplokg.generate;

import java.util.Set;

/**
 * A rendered frame.
 *
 * @param text     the text
 * @param template the frame used
 * @param slots    the slots the text contains, so the caller knows what it states (a date, a place, a level)
 */
record Rendered(String text, Template template, Set<String> slots) {

    Rendered {
        slots = Set.copyOf(slots);
    }

    boolean says(String slot) {
        return slots.contains(slot);
    }
}
