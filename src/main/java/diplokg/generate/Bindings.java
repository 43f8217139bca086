package diplokg.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The slots and conditions one sentence is rendered with. Mutable while it is filled; one per sentence. */
final class Bindings {

    private final Map<String, Binding> slots = new HashMap<>();
    private final Set<String> conditions = new HashSet<>();

    /** Binds {@code slot}; a null binding leaves it unbound. */
    Bindings put(String slot, Binding binding) {
        if (binding != null) {
            slots.put(slot, binding);
        }
        return this;
    }

    /** Sets condition {@code name} when {@code holds}. */
    Bindings condition(String name, boolean holds) {
        if (holds) {
            conditions.add(name);
        }
        return this;
    }

    Binding get(String slot) {
        return slots.get(slot);
    }

    boolean holds(String condition) {
        return conditions.contains(condition);
    }

    /** A copy to which more slots can be bound. */
    Bindings copy() {
        Bindings copy = new Bindings();
        copy.slots.putAll(slots);
        copy.conditions.addAll(conditions);
        return copy;
    }
}
