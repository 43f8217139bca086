package diplokg.generate;

import diplokg.generate.ArticlePlan.Extras;
import diplokg.generate.ArticlePlan.LevelPlan;
import diplokg.generate.ArticlePlan.RelationsPlan;
import diplokg.generate.ArticlePlan.TargetPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chooses the facts an article may or may not state (a partnership level, the establishment of relations, a
 * target, organisations) and its distractors, for the {@link Planner}.
 */
final class OptionalFacts {

    private static final String SPECIAL = "special-relationship";
    private static final Map<String, Integer> INDICATOR_ODDS = Map.of("bilateral-trade", 70, "investment", 20,
            "development-assistance", 10);
    private static final Set<String> SOLIDARITY_PARTNERS = Set.of("LA", "CU", "KH");
    private static final long BILLION = 1_000_000_000L;
    private static final long MILLION = 1_000_000L;

    private final GeneratorData data;
    private final SplittableRandom random;
    private final Dice dice;

    OptionalFacts(GeneratorData data, SplittableRandom random) {
        this.data = data;
        this.random = random;
        this.dice = new Dice(random);
    }

    Optional<LevelPlan> level(YearMonth month) {
        if (!dice.chance(55)) {
            return Optional.empty();
        }
        List<String> ids = List.copyOf(data.levels.keySet());
        String id = dice.pick(ids);
        boolean established = !id.equals(SPECIAL) && dice.chance(35);
        int rank = data.levelRanks.get(id);
        List<String> lower = ids.stream().filter(other -> data.levelRanks.get(other) > rank).toList();
        Optional<VocabularyPhrase> former = established && !lower.isEmpty() && dice.chance(35)
                ? Optional.of(dice.pick(data.levels.get(dice.pick(lower)))) : Optional.empty();
        int since = Math.max(1991, month.getYear() - 1 - random.nextInt(15));
        return Optional.of(new LevelPlan(dice.pick(data.levels.get(id)), established, former, since));
    }

    Optional<RelationsPlan> relations(YearMonth month, Optional<YearMonth> header) {
        if (!dice.chance(45)) {
            return Optional.empty();
        }
        int year = 1950 + random.nextInt(month.getYear() - 5 - 1950 + 1);
        int roll = random.nextInt(100);
        String kind = roll < 40 || (roll < 75 && header.isEmpty()) ? "stated" : roll < 75 ? "derived" : "future";
        LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        DateSpec date = DateSpec.of(dice.chance(50) ? DateSpec.Kind.DAY_YEAR : DateSpec.Kind.YEAR, day);
        int at = kind.equals("future") ? month.getYear() + random.nextInt(2) : month.getYear();
        return Optional.of(new RelationsPlan(year, kind, date, at));
    }

    Optional<TargetPlan> target(YearMonth month) {
        if (!dice.chance(35)) {
            return Optional.empty();
        }
        String indicator = indicator();
        long value = switch (indicator) {
            case "bilateral-trade" -> dice.chance(30) ? (5 + 10L * random.nextInt(30)) * BILLION / 10
                    : (1 + random.nextInt(150)) * BILLION;
            case "investment" -> dice.chance(50) ? (1 + random.nextInt(30)) * BILLION
                    : (100 + 50L * random.nextInt(18)) * MILLION;
            default -> (50 + 50L * random.nextInt(18)) * MILLION;
        };
        String unit = indicator.equals("bilateral-trade") && dice.chance(10) ? "EUR" : "USD";
        Optional<Integer> year = dice.chance(85) ? Optional.of(month.getYear() + 1 + random.nextInt(8))
                : Optional.empty();
        return Optional.of(new TargetPlan(dice.pick(data.indicators.get(indicator)), value, unit, year));
    }

    private String indicator() {
        int roll = random.nextInt(100);
        for (String id : List.of("bilateral-trade", "investment", "development-assistance")) {
            roll -= INDICATOR_ODDS.get(id);
            if (roll < 0 && data.indicators.containsKey(id)) {
                return id;
            }
        }
        return "bilateral-trade";
    }

    /**
     * Organisations whose names name only the article's states and sectors: a company of one of the two states, a
     * multilateral body the partner belongs to (or open to all).
     */
    List<Organization> organizations(StateProfile partner, Set<String> sectors) {
        Set<String> states = Set.of(GeneratorData.VIETNAM, partner.code());
        List<Organization> chosen = new ArrayList<>();
        for (Map.Entry<String, Integer> kind : Map.of("multilateral", 35, "company", 30, "party", 10, "media", 8)
                .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            List<Organization> eligible = data.organizations.stream()
                    .filter(o -> o.kind().equals(kind.getKey()))
                    .filter(o -> o.home().equals(Organization.NONE) || states.contains(o.home())
                            || data.groups.getOrDefault(o.home(), Set.of()).contains(partner.code()))
                    .filter(o -> states.containsAll(o.states()) && sectors.containsAll(o.sectors()))
                    .toList();
            if (!eligible.isEmpty() && dice.chance(kind.getValue())) {
                chosen.add(dice.pick(eligible));
            }
        }
        return chosen;
    }

    Extras distractors(StateProfile partner, String mainType) {
        boolean talks = mainType.equals("meeting") || mainType.equals("visit");
        Optional<StateProfile> third = dice.chance(10) ? Optional.of(other(partner, List.of())) : Optional.empty();
        List<StateProfile> links = new ArrayList<>();
        int count = dice.chance(35) ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < count; i++) {
            List<StateProfile> taken = new ArrayList<>(links);
            third.ifPresent(taken::add);
            links.add(other(partner, taken));
        }
        boolean cptpp = data.groups.getOrDefault("cptpp", Set.of()).contains(partner.code()) && dice.chance(35);
        return new Extras(dice.chance(35), dice.chance(SOLIDARITY_PARTNERS.contains(partner.code()) ? 60 : 15),
                talks && dice.chance(20), dice.chance(12) ? 5 + random.nextInt(56) : 0, third, cptpp, links,
                1 + random.nextInt(3));
    }

    /** A state other than Vietnam, the partner and {@code taken}. */
    private StateProfile other(StateProfile partner, List<StateProfile> taken) {
        while (true) {
            StateProfile state = dice.pick(data.partners);
            if (!state.equals(partner) && !taken.contains(state)) {
                return state;
            }
        }
    }
}
