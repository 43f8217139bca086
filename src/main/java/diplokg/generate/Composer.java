package diplokg.generate;

import diplokg.DiplokgException;
import diplokg.fact.Event;
import diplokg.generate.ArticlePlan.EventPlan;
import diplokg.generate.ArticlePlan.LevelPlan;
import diplokg.generate.ArticlePlan.RelationsPlan;
import diplokg.generate.ArticlePlan.TargetPlan;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Writes one article from its plan: the title, a lead paragraph telling the news, body paragraphs in random order
 * (sectors, level, relations, target, organisations, past events, distractors), and the gold annotations of what
 * was written. Every fact reaches the gold only when a sentence actually states it. One composer per article.
 */
final class Composer {

    /** The frame condition marking a sentence dated by the talks told before it; it always holds. */
    private static final String TALKS_DAY = "talks-day";
    /** An ISO date with its day, with or without the year. */
    private static final String DAY = "(\\d{4}|-)-\\d{2}-\\d{2}";

    private final GeneratorData data;
    private final SplittableRandom random;
    private final Dice dice;
    private final ArticlePlan plan;
    private final Facts facts;
    private final Renderer renderer;
    private final SlotValues values;
    private final Deque<List<VocabularyPhrase>> sectorChunks = new ArrayDeque<>();
    private final Binding conference;
    /** The last event told, so that a signing after talks can take their day. */
    private Event lastTold;

    Composer(GeneratorData data, SplittableRandom random, ArticlePlan plan) {
        this.data = data;
        this.random = random;
        this.dice = new Dice(random);
        this.plan = plan;
        this.facts = Facts.of(plan.partner().code(), plan.vietnam().code());
        this.renderer = new Renderer(data, random, facts);
        this.values = new SlotValues(data, random, renderer);
        List<VocabularyPhrase> sectors = plan.sectors();
        for (int i = 0; i < sectors.size(); ) {
            int size = Math.min(sectors.size() - i, 1 + random.nextInt(4));
            sectorChunks.add(sectors.subList(i, i + size));
            i += size;
        }
        this.conference = plan.main().session() > 0 ? conferenceName(plan.main().session()) : null;
    }

    GeneratedArticle compose() {
        String title = title();
        renderer.forgetMentions();
        List<String> lead = new ArrayList<>();
        add(lead, event(plan.main()));
        plan.follow().forEach(e -> add(lead, event(e)));
        List<String> body = body();
        String text = new Layout(data, random, plan).text(title, String.join(" ", lead), body);
        String date = plan.header().map(YearMonth::toString).orElse(null);
        return new GeneratedArticle(plan.id(), text, facts.gold(plan.id(), date, title), facts.happenings(),
                renderer.shapes());
    }

    private String title() {
        boolean established = plan.level().filter(LevelPlan::established).isPresent();
        String kind = established && dice.chance(50) ? "title.established"
                : dice.chance(60) ? "title." + plan.main().type() : "title.generic";
        Bindings bindings = leads(plan.main().a(), plan.main().b())
                .put("D", state(plan.main().destination())).put("conf", conference);
        plan.level().filter(LevelPlan::established).ifPresent(l -> bindings.put("level", values.level(l.level())));
        Rendered title = renderer.sentence(kind, bindings);
        if (title == null) {
            title = renderer.sentence("title.generic", base());
        }
        if (title.says("level")) {
            facts.partnership(plan.level().orElseThrow().level().conceptId(), true);
        }
        return title.text();
    }

    private String event(EventPlan event) {
        Bindings bindings = leads(event.a(), event.b()).put("C", official(event.c()))
                .put("D", state(event.destination())).put("conf", conference)
                .put("when", event.date().map(values::when).orElse(null))
                .put("day", event.date().filter(DateSpec::hasDay).map(values::day).orElse(null))
                .put("where", event.city() == null ? null : values.where(event.city()))
                .put("G", state(guestState(event)))
                .condition("hosted", event.hosted())
                // A retelling may name the guest's side as a delegation of its state, without its leader.
                .condition("partial", plan.retold() && event == plan.main())
                .condition(TALKS_DAY, true);
        List<VocabularyPhrase> chunk = sectorChunks.peek();
        bindings.put("sectors", chunk == null ? null : values.sectors(chunk));
        Rendered sentence = required(renderer, event.kind(), bindings);
        if (sentence.says("sectors")) {
            facts.sectors(ids(sectorChunks.pop()));
        }
        String date = event.date().filter(d -> sentence.says("when") || sentence.says("day"))
                .map(d -> d.iso(plan.header()))
                .orElseGet(() -> undated(event, sentence));
        Event told = new Event(event.type(), date, sentence.says("where") ? event.city() : null,
                participants(event, sentence));
        facts.event(told, event.happening());
        lastTold = told;
        return sentence.text();
    }

    /**
     * The gold date of an event whose sentence gives none: a frame marked {@code @talks-day} ("À l'issue des
     * entretiens, ... la signature") took place on the day of the talks just told, when they have one; other events
     * of the news take the header's month.
     */
    private String undated(EventPlan event, Rendered sentence) {
        if (sentence.template().conditions().contains(TALKS_DAY) && lastTold != null
                && lastTold.type().equals("meeting") && lastTold.date() != null && lastTold.date().matches(DAY)) {
            return lastTold.date();
        }
        return event.ownNews() ? plan.header().map(YearMonth::toString).orElse(null) : null;
    }

    /** The officials the sentence names as taking part (a delegation named by its state is nobody). */
    private static List<String> participants(EventPlan event, Rendered sentence) {
        List<String> names = new ArrayList<>();
        names.add(event.a().name());
        if (event.c() != null) {
            names.add(event.c().name());
        } else if (!event.type().equals("visit") && !sentence.says("G")) {
            names.add(event.b().name());
        }
        return names;
    }

    private List<String> body() {
        List<Supplier<String>> blocks = new ArrayList<>();
        for (int i = 0; i < sectorChunks.size(); i++) {
            blocks.add(this::sectors);
        }
        plan.level().ifPresent(level -> blocks.add(() -> level(level)));
        plan.relations().ifPresent(relations -> blocks.add(() -> relations(relations)));
        plan.target().ifPresent(target -> blocks.add(() -> target(target)));
        plan.organizations().forEach(organization -> blocks.add(() -> organization(organization)));
        plan.later().forEach(event -> blocks.add(() -> event(event)));
        plan.recalled().forEach(event -> blocks.add(() -> event(event)));
        ArticlePlan.Extras extras = plan.extras();
        distractors(blocks, extras);
        shuffle(blocks);
        if (extras.invitation()) {
            blocks.add(dice.chance(70) ? blocks.size() : random.nextInt(blocks.size() + 1), this::invitation);
        }
        List<String> sentences = new ArrayList<>();
        blocks.forEach(block -> add(sentences, block.get()));
        if (!facts.names(plan.vietnam().code()) || !facts.names(plan.partner().code())) {
            // Every article about a relation names both its states, if only once.
            sentences.add(random.nextInt(sentences.size() + 1), simple("anchor"));
        }
        return sentences;
    }

    /** Sentences that state no fact or mislead: solidarity, a press conference, third states, fillers. */
    private void distractors(List<Supplier<String>> blocks, ArticlePlan.Extras extras) {
        addIf(blocks, extras.solidarity(), "solidarity");
        addIf(blocks, extras.pressConference(), "press-conference");
        addIf(blocks, extras.third().isPresent(), "trilateral");
        addIf(blocks, extras.cptpp(), "cptpp");
        if (extras.otherAnniversary() > 0) {
            blocks.add(() -> renderer.sentence("other-anniversary", speakers().put("nth",
                    TextBinding.of(data.grammar.ordinal(extras.otherAnniversary())))).text());
        }
        for (int i = 0; i < extras.fillers(); i++) {
            blocks.add(() -> simple("filler"));
        }
    }

    private void addIf(List<Supplier<String>> blocks, boolean condition, String kind) {
        if (condition) {
            blocks.add(() -> simple(kind));
        }
    }

    private String simple(String kind) {
        Rendered sentence = renderer.sentence(kind, speakers());
        return sentence == null ? null : sentence.text();
    }

    /** The official away from home invites the one at home (the host of the meeting or of the visit). */
    private String invitation() {
        EventPlan main = plan.main();
        Person host = main.type().equals("visit") ? main.b() : main.a();
        Person guest = plan.vietnamLead().equals(host) ? plan.partnerLead() : plan.vietnamLead();
        boolean hosted = main.hosted() && !main.type().equals("phone-call") && !main.type().equals("message");
        Rendered sentence = hosted ? renderer.sentence("invitation", leads(guest, host))
                : renderer.sentence("invitation", speakers());
        return sentence.text();
    }

    private String sectors() {
        List<VocabularyPhrase> chunk = sectorChunks.poll();
        if (chunk == null) {
            return null;
        }
        facts.sectors(ids(chunk));
        return required(renderer, "sectors", speakers().put("sectors", values.sectors(chunk))).text();
    }

    private String level(LevelPlan level) {
        Bindings bindings = speakers().put("level", values.level(level.level()))
                .put("since", TextBinding.of(Integer.toString(level.since())));
        int years = plan.header().map(h -> h.getYear() - level.since()).orElse(0);
        bindings.put("nth", years > 1 ? TextBinding.of(data.grammar.ordinal(years)) : null);
        level.former().ifPresent(former -> bindings.put("old", values.level(former)));
        String kind = level.former().isPresent() ? "partnership.upgrade"
                : level.established() ? "partnership.established" : "partnership.existing";
        Rendered sentence = required(renderer, kind, bindings);
        if (sentence.says("level")) {
            facts.partnership(level.level().conceptId(), level.established());
        }
        if (sentence.says("old")) {
            facts.partnership(level.former().orElseThrow().conceptId(), false);
        }
        return sentence.text();
    }

    private String relations(RelationsPlan relations) {
        int anniversary = relations.kind().equals("derived") ? plan.header().orElseThrow().getYear() : relations.at();
        int years = anniversary - relations.year();
        Binding rel = new TextBinding(Map.of("when", values.when(relations.date()).render("", renderer),
                "year", Integer.toString(relations.year()), "years", Integer.toString(years),
                "nth", data.grammar.ordinal(years), "at", Integer.toString(anniversary)), Agreement.M);
        Rendered sentence = required(renderer, "relations." + relations.kind(), speakers().put("rel", rel));
        facts.relations(relations.year());
        return sentence.text();
    }

    private String target(TargetPlan target) {
        Bindings bindings = speakers().put("indicator", values.indicator(target.indicator()))
                .put("amount", values.amount(target)).put("by", values.by(target));
        Rendered sentence = required(renderer, "target", bindings);
        facts.target(target.indicator().conceptId(), target.value(), target.unit(), target.year().orElse(null));
        facts.sectors(data.scan.sectors(target.indicator().text()));
        return sentence.text();
    }

    private String organization(Organization organization) {
        String kind = !organization.kind().equals("company") ? "org." + organization.kind()
                : organization.home().equals(GeneratorData.VIETNAM) ? "org.vn-company" : "org.partner-company";
        return required(renderer, kind, speakers().put("org", values.organization(organization))).text();
    }

    private Binding conferenceName(int session) {
        Bindings bindings = base().put("session", TextBinding.of(data.grammar.ordinal(session)));
        Rendered name = renderer.phrase("conference.name", bindings);
        return TextBinding.of(name.text(), name.template().agreement());
    }

    private Bindings base() {
        Bindings bindings = new Bindings().put("V", new StateBinding(plan.vietnam()))
                .put("P", new StateBinding(plan.partner()))
                .put("T", plan.extras().third().map(StateBinding::new).orElse(null))
                .condition("dated", plan.header().isPresent());
        data.groups.forEach((group, codes) -> bindings.condition("in:" + group,
                codes.contains(plan.partner().code())));
        return bindings;
    }

    private Bindings leads(Person a, Person b) {
        return base().put("A", official(a)).put("B", official(b));
    }

    /** The two leading officials in random order, for sentences that are not events. */
    private Bindings speakers() {
        boolean vietnamFirst = random.nextBoolean();
        Bindings bindings = vietnamFirst ? leads(plan.vietnamLead(), plan.partnerLead())
                : leads(plan.partnerLead(), plan.vietnamLead());
        return bindings.condition("a-vietnamese", vietnamFirst);
    }

    private Binding official(Person person) {
        return person == null ? null : new OfficialBinding(person, data.states.get(person.state()));
    }

    private StateProfile guestState(EventPlan event) {
        return event.b() == null ? null : event.b().state().equals(plan.vietnam().code()) ? plan.vietnam()
                : plan.partner();
    }

    private static Binding state(StateProfile state) {
        return state == null ? null : new StateBinding(state);
    }

    /** A sentence the plan guarantees a frame for; none is a defect of templates.txt. */
    static Rendered required(Renderer renderer, String kind, Bindings bindings) {
        Rendered sentence = renderer.sentence(kind, bindings);
        if (sentence == null) {
            throw new DiplokgException("templates.txt: no eligible frame in [" + kind + "] for this article");
        }
        return sentence;
    }

    private static List<String> ids(List<VocabularyPhrase> phrases) {
        return phrases.stream().map(VocabularyPhrase::conceptId).toList();
    }

    private static void add(List<String> sentences, String sentence) {
        if (sentence != null) {
            sentences.add(sentence);
        }
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
    }

}
