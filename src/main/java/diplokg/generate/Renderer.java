package diplokg.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Renders sentence frames: picks one eligible frame of a kind at random, fills its slots, joins the pieces with
 * French elisions and contractions, and records in {@link Facts} what the text now states. Keeps the discourse of
 * one article (who has been introduced), so an official is introduced with name and office once and referred to
 * briefly afterwards. One renderer per article; not thread-safe.
 */
final class Renderer {

    private final GeneratorData data;
    private final SplittableRandom random;
    private final Facts facts;
    private final Set<Person> introduced = new HashSet<>();
    private final List<Person> inSentence = new ArrayList<>();
    private final List<String> shapes = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    Renderer(GeneratorData data, SplittableRandom random, Facts facts) {
        this.data = data;
        this.random = random;
        this.facts = facts;
    }

    Facts facts() {
        return facts;
    }

    FrenchGrammar grammar() {
        return data.grammar;
    }

    /** The ids of the frames used so far, in order. */
    List<String> shapes() {
        return shapes;
    }

    /** Starts a new discourse: the next mention of everyone is an introduction again (the body after the title). */
    void forgetMentions() {
        introduced.clear();
    }

    /** A sentence of {@code kind}, capitalised and punctuated, or null when no frame of the kind is eligible. */
    Rendered sentence(String kind, Bindings bindings) {
        inSentence.clear();
        Rendered rendered = phrase(kind, bindings);
        return rendered == null ? null
                : new Rendered(Punctuation.finish(rendered.text()), rendered.template(), rendered.slots());
    }

    /** A phrase of {@code kind} (a date, a name with its office) to insert in a sentence, or null. */
    Rendered phrase(String kind, Bindings bindings) {
        List<Template> eligible = new ArrayList<>();
        List<Template> fresh = new ArrayList<>();
        for (Template template : data.templates.of(kind)) {
            if (eligible(template, bindings)) {
                eligible.add(template);
                if (!used.contains(template.id())) {
                    fresh.add(template);
                }
            }
        }
        // An article does not repeat a frame while another one fits: real articles do not repeat themselves.
        List<Template> choices = fresh.isEmpty() ? eligible : fresh;
        return choices.isEmpty() ? null : render(choices.get(random.nextInt(choices.size())), bindings);
    }

    /** The mention of an official: an introduction the first time, a short reference afterwards. */
    String mention(OfficialBinding official) {
        Person person = official.person();
        boolean first = !introduced.contains(person);
        Bindings bindings = new Bindings().put("x", official)
                .condition("home", person.state().equals(GeneratorData.VIETNAM))
                .condition("counterpart", inSentence.stream().anyMatch(other -> other.role().roleId()
                        .equals(person.role().roleId()) && !other.state().equals(person.state())));
        inSentence.add(person);
        String text = phrase(first ? "intro" : "mention", bindings).text();
        if (first) {
            facts.roleStated(person);
        }
        return text;
    }

    /** Records that {@code person}'s name has been written. */
    void named(Person person) {
        introduced.add(person);
        facts.named(person);
    }

    /** Records a city written in the text: a city that is also a state's name ("Singapour") names the state. */
    void place(String city) {
        data.scan.states(city).forEach(facts::state);
    }

    private boolean eligible(Template template, Bindings bindings) {
        for (String condition : template.conditions()) {
            if (!bindings.holds(condition)) {
                return false;
            }
        }
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Slot slot) {
                Binding binding = bindings.get(slot.name());
                if (binding == null ? !slot.optional() : !binding.supports(slot.form())) {
                    return false;
                }
            } else if (part instanceof Template.Choice choice
                    && choice.slots().stream().anyMatch(s -> bindings.get(slotName(s)) == null)) {
                return false;
            }
        }
        return true;
    }

    private Rendered render(Template template, Bindings bindings) {
        shapes.add(template.id());
        used.add(template.id());
        FrenchJoiner joiner = data.grammar.joiner();
        StringBuilder out = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Literal literal) {
                joiner.append(out, literal.text());
            } else if (part instanceof Template.Slot slot) {
                Binding binding = bindings.get(slot.name());
                if (binding != null) {
                    String value = binding.render(slot.form(), this);
                    used.add(slot.name());
                    joiner.append(out, slot.optional() ? " " : "");
                    joiner.append(out, value);
                }
            } else if (part instanceof Template.Choice choice) {
                joiner.append(out, choose(choice, bindings));
            }
        }
        facts.sectors(template.sectors());
        facts.agreements(template.agreements());
        return new Rendered(out.toString(), template, used);
    }

    private static String choose(Template.Choice choice, Bindings bindings) {
        List<String> forms = choice.forms();
        if (forms.size() == Agreement.values().length) {
            return forms.get(agreement(choice.slots().get(0), bindings).ordinal());
        }
        boolean feminine = choice.slots().stream().allMatch(s -> agreement(s, bindings).feminine());
        return forms.get(feminine ? 1 : 0);
    }

    /** The agreement of {@code slot} ("A") or of one of its forms ("A.state"). */
    private static Agreement agreement(String slot, Bindings bindings) {
        int dot = slot.indexOf('.');
        return dot < 0 ? bindings.get(slot).agreement()
                : bindings.get(slot.substring(0, dot)).agreement(slot.substring(dot + 1));
    }

    private static String slotName(String slot) {
        int dot = slot.indexOf('.');
        return dot < 0 ? slot : slot.substring(0, dot);
    }
}
