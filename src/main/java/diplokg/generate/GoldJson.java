package diplokg.generate;

import diplokg.evaluate.Annotation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link Annotation} as the JSON document of {@code annotations.md}, laid out as the hand-made gold files
 * are: one key per line, each object of a list on a line of its own, keys in the contract's order.
 */
final class GoldJson {

    private GoldJson() {
    }

    static String write(Annotation gold) {
        StringBuilder out = new StringBuilder("{\n");
        field(out, "article", string(gold.article()), true);
        field(out, "date", string(gold.date()), true);
        field(out, "title", string(gold.title()), true);
        field(out, "states", strings(gold.states()), true);
        field(out, "pairs", list(gold.pairs().stream().map(GoldJson::strings).toList(), false), true);
        field(out, "partnerships", list(gold.partnerships().stream().map(p -> "{\"pair\": " + strings(p.pair())
                + ", \"level\": " + string(p.level()) + ", \"status\": " + string(p.status()) + "}").toList(),
                true), true);
        field(out, "officials", list(gold.officials().stream().map(o -> "{\"name\": " + string(o.name())
                + ", \"role\": " + string(o.role()) + ", \"state\": " + string(o.state()) + "}").toList(), true),
                true);
        field(out, "sectors", strings(gold.sectors()), true);
        field(out, "events", list(gold.events().stream().map(e -> "{\"type\": " + string(e.type())
                + ", \"date\": " + string(e.date()) + ", \"place\": " + string(e.place())
                + ", \"participants\": " + strings(e.participants()) + "}").toList(), true), true);
        field(out, "relations_established", list(gold.relationsEstablished().stream().map(r -> "{\"pair\": "
                + strings(r.pair()) + ", \"year\": " + r.year() + "}").toList(), true), true);
        field(out, "targets", list(gold.targets().stream().map(t -> "{\"pair\": " + strings(t.pair())
                + ", \"indicator\": " + string(t.indicator())
                + ", \"value\": " + t.value().toPlainString() + ", \"unit\": "
                + string(t.unit()) + ", \"year\": " + t.year() + "}").toList(), true), true);
        field(out, "organizations", list(gold.organizations().stream().map(n -> "{\"names\": " + strings(n) + "}")
                .toList(), true), true);
        field(out, "agreements", list(gold.agreements().stream().map(a -> "{\"type\": " + string(a.type())
                + ", \"pair\": " + (a.pair() == null ? "null" : strings(a.pair())) + "}").toList(), true), false);
        return out.append("}\n").toString();
    }

    private static void field(StringBuilder out, String key, String value, boolean more) {
        out.append("  ").append(string(key)).append(": ").append(value).append(more ? ",\n" : "\n");
    }

    /** A JSON list; objects one per line, other values inline. */
    private static String list(List<String> items, boolean lines) {
        if (items.isEmpty()) {
            return "[]";
        }
        if (!lines) {
            return "[" + String.join(", ", items) + "]";
        }
        return "[\n    " + String.join(",\n    ", items) + "\n  ]";
    }

    private static String strings(List<String> values) {
        return values.stream().map(GoldJson::string).collect(Collectors.joining(", ", "[", "]"));
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
