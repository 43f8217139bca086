package diplokg.generate;

import diplokg.fact.Roles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chooses the officials of one article: their offices (as a state's press would name them), their names (from the
 * state's name pool, Vietnamese ones in the article's spelling), never the same name twice in an article.
 */
final class Casting {

    private static final String FALLBACK_ROLE = Roles.HEAD_OF_GOVERNMENT;
    private static final String AMBASSADOR = Roles.AMBASSADOR;

    private final GeneratorData data;
    private final Dice dice;
    private final NameSpelling spelling;
    private final Set<String> sectors;
    private final Set<String> names = new HashSet<>();

    /** Offices naming a sector are only chosen among {@code sectors}, the sectors the article discusses. */
    Casting(GeneratorData data, SplittableRandom random, NameSpelling spelling, Set<String> sectors) {
        this.data = data;
        this.dice = new Dice(random);
        this.spelling = spelling;
        this.sectors = Set.copyOf(sectors);
    }

    /** Whether an official of {@code state} can hold {@code roleId} in this article. */
    boolean canHold(String roleId, StateProfile state) {
        return !phrases(roleId, state).isEmpty();
    }

    /** The office of the partner's official facing a Vietnamese official of {@code vietnamRole}. */
    String counterpart(String vietnamRole, StateProfile partner, boolean ambassadorAllowed) {
        List<String> choices = data.counterparts.getOrDefault(vietnamRole, List.of()).stream()
                .filter(role -> canHold(role, partner) && (ambassadorAllowed || !role.equals(AMBASSADOR)))
                .toList();
        return choices.isEmpty() ? FALLBACK_ROLE : dice.pick(choices);
    }

    /** A new official of {@code state} holding {@code roleId} (or the fallback office when it cannot). */
    Person person(StateProfile state, String roleId) {
        List<RolePhrase> phrases = phrases(roleId, state);
        if (phrases.isEmpty()) {
            phrases = phrases(FALLBACK_ROLE, state);
        }
        RolePhrase role = dice.pick(phrases);
        boolean feminine = dice.chance(30);
        String name;
        do {
            name = data.names.name(state.code(), feminine, dice);
            if (state.code().equals(GeneratorData.VIETNAM)) {
                name = spelling.spell(name);
            }
        } while (!names.add(name));
        return new Person(name, feminine, state.code(), role);
    }

    private List<RolePhrase> phrases(String roleId, StateProfile state) {
        return data.roles(roleId, state.code()).stream().filter(r -> sectors.containsAll(r.sectors())).toList();
    }
}
