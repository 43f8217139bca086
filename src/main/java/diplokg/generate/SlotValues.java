package diplokg.generate;

import diplokg.generate.ArticlePlan.TargetPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds the bindings of an article's slots from its plan: dates, places, lists of sectors, levels, amounts,
 * organisations. All words come from the generator's data; this class only assembles them.
 */
final class SlotValues {

    private final GeneratorData data;
    private final SplittableRandom random;
    private final Renderer renderer;

    SlotValues(GeneratorData data, SplittableRandom random, Renderer renderer) {
        this.data = data;
        this.random = random;
        this.renderer = renderer;
    }

    /** "le 13 mai", "du 10 au 12 avril", "en 2019". */
    Binding when(DateSpec date) {
        return TextBinding.of(renderer.phrase(date.kind().templates(), date.bindings(data.grammar)).text());
    }

    /** "26 mars", "26 mars 2023". */
    Binding day(DateSpec date) {
        return TextBinding.of(renderer.phrase(date.dayTemplates(), date.bindings(data.grammar)).text());
    }

    /** "à Hanoï"; none for a city whose name begins with an article French contracts ("Le Caire"). */
    Binding where(String city) {
        String first = city.substring(0, Math.max(0, city.indexOf(' '))).toLowerCase(Locale.ROOT);
        String to = data.grammar.word("to");
        if (!data.grammar.join(to, " ", first + " " + city).startsWith(to + " ")) {
            return null;
        }
        return new PlaceBinding(city, to + " " + city);
    }

    /** A list of sectors with their articles, and with "de" or "à" before each. */
    Binding sectors(List<VocabularyPhrase> sectors) {
        FrenchGrammar grammar = data.grammar;
        List<String> plain = new ArrayList<>();
        List<String> of = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (VocabularyPhrase sector : sectors) {
            String item = grammar.withDeterminer("the", sector.agreement(), sector.text());
            plain.add(item);
            of.add(grammar.join(grammar.word("of"), " ", item));
            to.add(grammar.join(grammar.word("to"), " ", item));
        }
        return new TextBinding(Map.of("", grammar.list(plain), "of", grammar.list(of), "to", grammar.list(to)),
                listAgreement(sectors));
    }

    /** A list is plural unless it is one singular noun; feminine when every noun is. */
    private static Agreement listAgreement(List<VocabularyPhrase> phrases) {
        if (phrases.size() == 1) {
            return phrases.get(0).agreement();
        }
        return phrases.stream().allMatch(p -> p.agreement().feminine()) ? Agreement.FP : Agreement.MP;
    }

    /** A level: its label, with definite and indefinite article. */
    Binding level(VocabularyPhrase level) {
        FrenchGrammar grammar = data.grammar;
        return new TextBinding(Map.of("", level.text(),
                "the", grammar.withDeterminer("the", level.agreement(), level.text()),
                "a", grammar.withDeterminer("a", level.agreement(), level.text())), level.agreement());
    }

    /** The indicator of a target with its definite article ("les échanges commerciaux"). */
    Binding indicator(VocabularyPhrase indicator) {
        return TextBinding.of(data.grammar.withDeterminer("the", indicator.agreement(), indicator.text()),
                indicator.agreement());
    }

    /** "20 milliards de dollars", "2,5 milliards d'USD", "500 millions de dollars". */
    Binding amount(TargetPlan target) {
        FrenchGrammar grammar = data.grammar;
        List<String> scale = data.scales.stream()
                .filter(s -> target.value() >= Long.parseLong(s.get(0))).findFirst().orElseThrow();
        BigDecimal count = BigDecimal.valueOf(target.value()).divide(new BigDecimal(scale.get(0)))
                .stripTrailingZeros();
        String number = count.toPlainString().replace(".", grammar.word("decimal"));
        String words = count.compareTo(BigDecimal.valueOf(2)) < 0 ? scale.get(1) : scale.get(2);
        List<String> currencies = data.currencies.get(target.unit());
        String currency = new Dice(random).pick(currencies);
        List<String> pieces = new ArrayList<>(List.of(number, " ", words));
        for (String word : currency.split(" ")) {
            pieces.add(" ");
            pieces.add(word);
        }
        return TextBinding.of(grammar.join(pieces.toArray(String[]::new)));
    }

    /** "d'ici 2030", "à l'horizon 2030", or a phrase without year when the target has none. */
    Binding by(TargetPlan target) {
        Bindings year = new Bindings().put("y", TextBinding.of(target.year().map(String::valueOf).orElse("")));
        return TextBinding.of(renderer.phrase(target.year().isPresent() ? "by.year" : "by.none", year).text());
    }

    /** One way of naming an organisation: full name and short name, full name, or short name. */
    Binding organization(Organization organization) {
        boolean hasName = !organization.name().equals(Organization.NONE);
        boolean hasShort = !organization.shortName().equals(Organization.NONE);
        int roll = random.nextInt(3);
        boolean full = hasName && (!hasShort || roll < 2);
        boolean acronym = hasShort && (!hasName || roll != 1);
        List<String> pieces = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (full) {
            lead(pieces, organization.lead());
            pieces.add(organization.name());
            names.add(organization.name());
        }
        if (acronym) {
            if (full) {
                pieces.add(" (" + organization.shortName() + ")");
            } else {
                lead(pieces, organization.shortLead());
                pieces.add(organization.shortName());
            }
            names.add(organization.shortName());
        }
        return new OrganizationBinding(organization, data.grammar.join(pieces.toArray(String[]::new)), names);
    }

    private static void lead(List<String> pieces, String lead) {
        if (!lead.equals(Organization.NONE)) {
            pieces.add(lead);
            pieces.add(" ");
        }
    }
}
