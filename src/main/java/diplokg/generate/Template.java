package diplokg.generate;

import diplokg.DiplokgException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence frame of {@code templates.txt}, parsed: literal text, slots and agreement choices, with the tags
 * that precede it (conditions, sectors and agreements its own words name, the agreement of the phrase it renders).
 *
 * @param id         the kind and the frame's position in it ({@code event.meeting#3}), for tracing variety
 * @param kind       the section it belongs to
 * @param parts      its text, in order
 * @param conditions the conditions under which it is eligible
 * @param sectors    the sector ids its own words name
 * @param agreements the agreement types its own words name; {@code type:none} for an agreement of no pair
 * @param agreement  the agreement of the phrase it renders (conference names), {@code M} when not given
 */
record Template(String id, String kind, List<Part> parts, Set<String> conditions, Set<String> sectors,
                List<String> agreements, Agreement agreement) {

    Template {
        parts = List.copyOf(parts);
        conditions = Set.copyOf(conditions);
        sectors = Set.copyOf(sectors);
        agreements = List.copyOf(agreements);
    }

    /** A piece of a frame. */
    sealed interface Part permits Literal, Slot, Choice {
    }

    /** Text written as is (joined with elisions and contractions). */
    record Literal(String text) implements Part {
    }

    /** A bound value: {@code {name.form}}, optional with {@code ?}. */
    record Slot(String name, String form, boolean optional) implements Part {
    }

    /** {@code [A:reçu|reçue]} or {@code [A+B:m|f]}: a word agreeing with the slots named. */
    record Choice(List<String> slots, List<String> forms) implements Part {
    }

    /** Parses line {@code index} of section {@code kind}. */
    static Template parse(String kind, int index, String line) {
        String where = "templates.txt [" + kind + "] #" + index;
        Set<String> conditions = new LinkedHashSet<>();
        Set<String> sectors = new LinkedHashSet<>();
        List<String> agreements = new ArrayList<>();
        Agreement agreement = Agreement.M;
        String rest = line;
        while (!rest.isEmpty() && "@+&=".indexOf(rest.charAt(0)) >= 0) {
            int space = rest.indexOf(' ');
            String tag = space < 0 ? rest : rest.substring(0, space);
            rest = space < 0 ? "" : rest.substring(space + 1).stripLeading();
            switch (tag.charAt(0)) {
                case '@' -> conditions.add(tag.substring(1));
                case '+' -> sectors.add(tag.substring(1));
                case '&' -> agreements.add(tag.substring(1));
                default -> agreement = Agreement.of(tag.substring(1));
            }
        }
        return new Template(kind + "#" + index, kind, parts(where, rest), conditions, sectors, agreements, agreement);
    }

    private static List<Part> parts(String where, String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                int close = text.indexOf(c == '{' ? '}' : ']', i);
                if (close < 0) {
                    throw new DiplokgException(where + ": unclosed " + c + " in: " + text);
                }
                String spec = text.substring(i + 1, close);
                parts.add(c == '{' ? slot(spec) : choice(where, spec));
                i = close + 1;
            } else {
                int next = nextMark(text, i);
                parts.add(new Literal(text.substring(i, next)));
                i = next;
            }
        }
        return parts;
    }

    private static int nextMark(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '{' && text.charAt(i) != '[') {
            i++;
        }
        return i;
    }

    private static Slot slot(String spec) {
        boolean optional = spec.endsWith("?");
        String body = optional ? spec.substring(0, spec.length() - 1) : spec;
        int dot = body.indexOf('.');
        return dot < 0 ? new Slot(body, "", optional)
                : new Slot(body.substring(0, dot), body.substring(dot + 1), optional);
    }

    private static Choice choice(String where, String spec) {
        int colon = spec.indexOf(':');
        List<String> forms = colon < 0 ? List.of() : List.of(spec.substring(colon + 1).split("\\|", -1));
        if (forms.size() != 2 && forms.size() != 4) {
            throw new DiplokgException(where + ": [" + spec + "] needs 2 or 4 forms after ':'");
        }
        return new Choice(List.of(spec.substring(0, colon).split("\\+")), forms);
    }
}
