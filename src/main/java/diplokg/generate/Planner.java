package diplokg.generate;

import diplokg.fact.Roles;
import diplokg.generate.ArticlePlan.EventPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Chooses the facts of one article at random: the partner and the article's date, the main event and the
 * officials who take part, the sectors, and which of the optional facts (a level, the establishment of relations,
 * a target, organisations, past events) and distractors the article states. Dates fall between 2015 and 2026.
 */
final class Planner {

    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 12;
    private static final List<String> MAIN_TYPES = List.of("meeting", "meeting", "meeting", "meeting", "meeting",
            "meeting", "visit", "visit", "visit", "visit", "phone-call", "phone-call", "signing", "signing",
            "conference", "conference", "conference", "message", "message", "message");
    private static final List<String> COURTESY_ROLES = List.of(Roles.HEAD_OF_STATE, Roles.PARLIAMENT_LEADER,
            Roles.HEAD_OF_GOVERNMENT, Roles.PARTY_LEADER, Roles.DEPUTY_HEAD_OF_GOVERNMENT);

    private final GeneratorData data;
    private final SplittableRandom random;
    private final Dice dice;
    private final Dates dates;

    Planner(GeneratorData data, SplittableRandom random) {
        this.data = data;
        this.random = random;
        this.dice = new Dice(random);
        this.dates = new Dates(random);
    }

    /**
     * The plan of article {@code id}, whose news is its own: its events are happenings {@code happenings}-0,
     * {@code happenings}-1... in the order main, follow, later, recalled.
     */
    ArticlePlan plan(String id, String happenings) {
        StateProfile partner = dice.pick(data.partners);
        StateProfile vietnam = data.states.get(GeneratorData.VIETNAM);
        Optional<YearMonth> header = dice.chance(65) ? Optional.of(randomMonth()) : Optional.empty();
        YearMonth month = header.orElseGet(this::randomMonth);
        List<VocabularyPhrase> sectors = sectors();
        Set<String> sectorIds = new TreeSet<>(sectors.stream().map(VocabularyPhrase::conceptId).toList());
        Casting casting = new Casting(data, random, dice.pick(List.of(NameSpelling.values())), sectorIds);
        String type = dice.pick(MAIN_TYPES);
        String vietnamRole = dice.pick(data.leadRoles.get(type));
        // An ambassador meets the leaders of the country of posting; visits, calls and letters are the leaders'.
        String partnerRole = casting.counterpart(vietnamRole, partner, type.equals("meeting"));
        Person vietnamLead = casting.person(vietnam, vietnamRole);
        Person partnerLead = casting.person(partner, partnerRole);
        Parties parties = new Parties(vietnam, partner, vietnamLead, partnerLead, month);
        EventPlan main = main(type, parties);
        List<EventPlan> follow = new ArrayList<>();
        List<EventPlan> later = new ArrayList<>();
        follow(main, parties, casting, follow, later);
        List<EventPlan> recalled = dice.chance(30) ? List.of(recalled(parties)) : List.of();
        OptionalFacts extras = new OptionalFacts(data, random);
        Numbering numbering = new Numbering(happenings);
        return new ArticlePlan(id, header, header.isPresent() && dice.chance(15) ? 1 + random.nextInt(28) : 0, month,
                partner, vietnam, vietnamLead, partnerLead, numbering.next(main), numbering.all(follow),
                numbering.all(later), numbering.all(recalled), sectors,
                extras.level(month), extras.relations(month, header), extras.target(month),
                extras.organizations(partner, sectorIds), extras.distractors(partner, type), false);
    }

    /**
     * The plan of article {@code id} retelling the news of {@code original}, an earlier article: the same
     * happenings (main event, and some of the events told with it) with the same officials, month and sectors,
     * but the main event's date told in another form (a day where the original gives only the month, or the
     * reverse) and everything else chosen afresh, wording included. Its recalled events are its own happenings,
     * {@code happenings}-0...
     */
    ArticlePlan retell(String id, ArticlePlan original, String happenings) {
        YearMonth month = original.month();
        Optional<YearMonth> header = dice.chance(65) ? Optional.of(month) : Optional.empty();
        // A retelling always dates its news, by the header at least: with no date at all, no rule could tell
        // which happening it reports.
        Optional<DateSpec> told = dates.retold(original.main().date(), month);
        EventPlan main = original.main().dated(told.isPresent() || header.isPresent() ? told
                : Optional.of(DateSpec.of(DateSpec.Kind.MONTH_YEAR, month.atDay(1))));
        List<EventPlan> follow = original.follow().stream().filter(e -> dice.chance(70)).toList();
        List<EventPlan> later = original.later().stream().filter(e -> dice.chance(50)).toList();
        Parties parties = new Parties(original.vietnam(), original.partner(), original.vietnamLead(),
                original.partnerLead(), month);
        List<EventPlan> recalled = dice.chance(30) ? List.of(recalled(parties)) : List.of();
        Set<String> sectorIds = new TreeSet<>(original.sectors().stream().map(VocabularyPhrase::conceptId).toList());
        OptionalFacts extras = new OptionalFacts(data, random);
        return new ArticlePlan(id, header, header.isPresent() && dice.chance(15) ? 1 + random.nextInt(28) : 0, month,
                original.partner(), original.vietnam(), original.vietnamLead(), original.partnerLead(), main,
                follow, later, new Numbering(happenings).all(recalled), original.sectors(), extras.level(month),
                extras.relations(month, header), extras.target(month),
                extras.organizations(original.partner(), sectorIds), extras.distractors(original.partner(),
                main.type()), true);
    }

    /** Gives an article's events their happening ids in turn: {@code prefix}-0, {@code prefix}-1... */
    private static final class Numbering {

        private final String prefix;
        private int next;

        Numbering(String prefix) {
            this.prefix = prefix;
        }

        EventPlan next(EventPlan event) {
            return event.happening(prefix + "-" + next++);
        }

        List<EventPlan> all(List<EventPlan> events) {
            return events.stream().map(this::next).toList();
        }
    }

    /** Who takes part: the two states, their leading officials, the article's month. */
    private record Parties(StateProfile vietnam, StateProfile partner, Person vietnamLead, Person partnerLead,
                           YearMonth month) {

        StateProfile stateOf(Person person) {
            return person.state().equals(vietnam.code()) ? vietnam : partner;
        }

        Person other(Person person) {
            return person.equals(vietnamLead) ? partnerLead : vietnamLead;
        }
    }

    private EventPlan main(String type, Parties parties) {
        Person vietnamese = parties.vietnamLead();
        Person foreign = parties.partnerLead();
        Optional<DateSpec> date = dates.ofNews(parties.month(), type);
        Person first = dice.chance(60) ? vietnamese : foreign;
        return switch (type) {
            case "meeting" -> meeting(parties, date);
            case "visit" -> {
                StateProfile destination = parties.stateOf(parties.other(first));
                yield new EventPlan(type, "event.visit", first, parties.other(first), null, date,
                        city(destination), destination, true, true, 0);
            }
            case "phone-call", "message" -> new EventPlan(type, "event." + type, first, parties.other(first), null,
                    date, null, null, true, true, 0);
            default -> new EventPlan(type, "event." + type, first, parties.other(first), null, date,
                    city(parties.stateOf(first)), null, true, true, 2 + random.nextInt(40));
        };
    }

    /** An ambassador is always the guest, in the country of posting; otherwise either side hosts. */
    private EventPlan meeting(Parties parties, Optional<DateSpec> date) {
        boolean ambassador = isAmbassador(parties.vietnamLead()) || isAmbassador(parties.partnerLead());
        Person host = isAmbassador(parties.vietnamLead()) ? parties.partnerLead()
                : isAmbassador(parties.partnerLead()) ? parties.vietnamLead()
                : dice.chance(60) ? parties.vietnamLead() : parties.partnerLead();
        boolean thirdVenue = !ambassador && dice.chance(12);
        String city = thirdVenue ? thirdCapital(parties) : city(parties.stateOf(host));
        return new EventPlan("meeting", "event.meeting", host, parties.other(host), null, date, city, null, true,
                !thirdVenue, 0);
    }

    private void follow(EventPlan main, Parties parties, Casting casting, List<EventPlan> follow,
                        List<EventPlan> later) {
        if (main.type().equals("visit")) {
            if (dice.chance(80)) {
                follow.add(new EventPlan("meeting", "event.talks", main.a(), main.b(), null, dates.sameNews(main),
                        dice.chance(60) ? main.city() : null, main.destination(), true, true, 0));
            }
            if (dice.chance(35)) {
                later.add(courtesy(main, casting));
            }
        }
        if ((main.type().equals("visit") || main.type().equals("meeting")) && dice.chance(25)) {
            follow.add(new EventPlan("signing", "event.signing-after", main.a(), main.b(), null,
                    dates.sameNews(main), null, null, true, true, 0));
        }
    }

    private EventPlan courtesy(EventPlan visit, Casting casting) {
        List<String> roles = COURTESY_ROLES.stream()
                .filter(r -> !r.equals(visit.b().role().roleId()) && casting.canHold(r, visit.destination()))
                .toList();
        String role = roles.isEmpty() ? Roles.PARLIAMENT_LEADER : dice.pick(roles);
        Person host = casting.person(visit.destination(), role);
        return new EventPlan("meeting", "event.courtesy", visit.a(), visit.b(), host, dates.sameNews(visit),
                dice.chance(40) ? visit.city() : null, visit.destination(), true, true, 0);
    }

    private EventPlan recalled(Parties parties) {
        Person first = dice.chance(50) ? parties.vietnamLead() : parties.partnerLead();
        Person second = parties.other(first);
        DateSpec date = dates.past(parties.month());
        return switch (random.nextInt(3)) {
            case 0 -> new EventPlan("visit", "recalled.visit", first, second, null, Optional.of(date), null,
                    parties.stateOf(second), false, true, 0);
            case 1 -> new EventPlan("meeting", "recalled.meeting", first, second, null, Optional.of(date),
                    dice.chance(40) ? city(parties.stateOf(first)) : null, null, false, true, 0);
            default -> new EventPlan("phone-call", "recalled.phone-call", first, second, null, Optional.of(date),
                    null, null, false, true, 0);
        };
    }

    private List<VocabularyPhrase> sectors() {
        List<String> ids = new ArrayList<>(data.sectors.keySet());
        int count = 1 + random.nextInt(4) + random.nextInt(5);
        List<VocabularyPhrase> chosen = new ArrayList<>();
        for (int i = 0; i < count && !ids.isEmpty(); i++) {
            String id = ids.remove(random.nextInt(ids.size()));
            chosen.add(dice.pick(data.sectors.get(id)));
        }
        return chosen;
    }

    private String city(StateProfile state) {
        List<String> cities = data.cities.get(state.code());
        return cities != null && dice.chance(state.code().equals(GeneratorData.VIETNAM) ? 100 : 25) ? dice.pick(cities)
                : state.capital();
    }

    /** The capital of a third state whose name is not a state's name (a venue that names no other state). */
    private String thirdCapital(Parties parties) {
        while (true) {
            StateProfile third = dice.pick(data.partners);
            if (!third.equals(parties.partner()) && data.scan.states(third.capital()).isEmpty()) {
                return third.capital();
            }
        }
    }

    private static boolean isAmbassador(Person person) {
        return person.role().roleId().equals(Roles.AMBASSADOR);
    }

    private YearMonth randomMonth() {
        return YearMonth.of(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12));
    }

    /** Dates of the article's news and of past events, in the forms the contract distinguishes. */
    private record Dates(SplittableRandom random) {

        /** The date of the news, in the article's month, or none (a fifth of the time). */
        Optional<DateSpec> ofNews(YearMonth month, String type) {
            int roll = random.nextInt(100);
            if (roll < 20) {
                return Optional.empty();
            }
            LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            boolean spans = type.equals("visit") || type.equals("conference");
            if (spans && roll < 45 && day.getDayOfMonth() < month.lengthOfMonth()) {
                int room = Math.min(3, month.lengthOfMonth() - day.getDayOfMonth());
                LocalDate last = day.plusDays(1 + random.nextInt(room));
                return Optional.of(new DateSpec(roll < 37 ? DateSpec.Kind.RANGE : DateSpec.Kind.PAIR, day,
                        roll < 37 ? last : day.plusDays(1)));
            }
            DateSpec.Kind kind = roll < 60 ? DateSpec.Kind.WEEKDAY : roll < 66 ? DateSpec.Kind.DAY_YEAR
                    : DateSpec.Kind.DAY;
            return Optional.of(DateSpec.of(kind, day));
        }

        /**
         * The date of a retold event, which the original article told as {@code told} in {@code month}: a date
         * with a day becomes the month alone (written, or left to the date header) a third of the time and is
         * otherwise told again with the day; a date without a day may become the written month. Never a day the
         * original did not give: another retelling could not agree on it.
         */
        Optional<DateSpec> retold(Optional<DateSpec> told, YearMonth month) {
            int roll = random.nextInt(100);
            if (told.isEmpty()) {
                return roll < 50 ? Optional.of(DateSpec.of(DateSpec.Kind.MONTH_YEAR, month.atDay(1)))
                        : Optional.empty();
            }
            LocalDate day = told.get().start();
            if (roll < 25) {
                return Optional.of(DateSpec.of(DateSpec.Kind.MONTH_YEAR, day));
            }
            if (roll < 35) {
                return Optional.empty();
            }
            if (roll < 70 || told.get().hasDay()) {
                DateSpec.Kind kind = roll < 55 ? DateSpec.Kind.WEEKDAY : roll < 65 ? DateSpec.Kind.DAY_YEAR
                        : DateSpec.Kind.DAY;
                return Optional.of(DateSpec.of(kind, day));
            }
            return told;
        }

        /** A later event of the same news: the first day of the main event, or no date. */
        Optional<DateSpec> sameNews(EventPlan main) {
            return main.date().filter(d -> d.hasDay() || random.nextBoolean())
                    .map(d -> DateSpec.of(d.kind() == DateSpec.Kind.DAY_YEAR ? d.kind() : DateSpec.Kind.DAY,
                            d.start()))
                    .filter(d -> new Dice(random).chance(70));
        }

        /** A past date: a year, a month, a full date, or a day earlier in the article's year. */
        DateSpec past(YearMonth month) {
            int roll = random.nextInt(100);
            if (roll < 15 && month.getMonthValue() > 1) {
                YearMonth earlier = month.minusMonths(1 + random.nextInt(month.getMonthValue() - 1));
                return DateSpec.of(DateSpec.Kind.DAY, earlier.atDay(1 + random.nextInt(earlier.lengthOfMonth())));
            }
            YearMonth then = YearMonth.of(month.getYear() - 1 - random.nextInt(6), 1 + random.nextInt(12));
            LocalDate day = then.atDay(1 + random.nextInt(then.lengthOfMonth()));
            DateSpec.Kind kind = roll < 55 ? DateSpec.Kind.YEAR : roll < 80 ? DateSpec.Kind.MONTH_YEAR
                    : DateSpec.Kind.DAY_YEAR;
            return DateSpec.of(kind, day);
        }
    }
}
