package diplokg.generate;

import diplokg.DiplokgException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plausible personal names by region, from {@code names.txt}: each pool serves a list of states and writes names
 * in its own order (Vietnamese family-middle-given, Japanese family-given, French given-family).
 */
final class NameBook {

    private static final String ANY_STATE = "*";

    private final Map<String, Pool> byState;
    private final Pool fallback;

    private NameBook(Map<String, Pool> byState, Pool fallback) {
        this.byState = byState;
        this.fallback = fallback;
    }

    static NameBook read(SectionFile names) {
        Map<String, Pool> byState = new HashMap<>();
        Pool fallback = null;
        for (String section : names.sections()) {
            Map<String, List<String>> keys = new HashMap<>();
            for (List<String> row : names.rows(section)) {
                keys.put(row.get(0), List.copyOf(row.subList(1, row.size())));
            }
            Pool pool = Pool.of(names.name() + " [" + section + "]", keys);
            for (String state : keys.get("states")) {
                if (state.equals(ANY_STATE)) {
                    fallback = pool;
                } else {
                    byState.put(state, pool);
                }
            }
        }
        if (fallback == null) {
            throw new DiplokgException(names.name() + ": no pool serves every state (states | *)");
        }
        return new NameBook(byState, fallback);
    }

    /** A random name for an official of {@code state}. */
    String name(String state, boolean feminine, Dice dice) {
        return byState.getOrDefault(state, fallback).name(feminine, dice);
    }

    private record Pool(String order, List<String> family, List<String> middle, List<String> middleFeminine,
                        List<String> given, List<String> givenFeminine) {

        static Pool of(String where, Map<String, List<String>> keys) {
            for (String key : List.of("states", "order", "family", "given.m", "given.f")) {
                if (!keys.containsKey(key)) {
                    throw new DiplokgException(where + ": missing '" + key + "'");
                }
            }
            return new Pool(keys.get("order").get(0), keys.get("family"), keys.getOrDefault("middle.m", List.of()),
                    keys.getOrDefault("middle.f", List.of()), keys.get("given.m"), keys.get("given.f"));
        }

        String name(boolean feminine, Dice dice) {
            String last = dice.pick(family);
            String first = dice.pick(feminine ? givenFeminine : given);
            return switch (order) {
                case "family-middle-given" -> last + " " + dice.pick(feminine ? middleFeminine : middle) + " "
                        + first;
                case "family-given" -> last + " " + first;
                default -> first + " " + last;
            };
        }
    }
}
