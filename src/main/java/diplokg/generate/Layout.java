package diplokg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays an article out in the agency's export format: an optional {@code  date YYYY-MM } header glued to the title,
 * an optional photo credit after the title, paragraphs one per line separated by blank lines, {@code >>} link lines,
 * {@code Photo : VNA/CVN} lines, and a final credit on its own line or glued to the last paragraph.
 */
final class Layout {

    private static final String LINK = ">> ";

    private final GeneratorData data;
    private final SplittableRandom random;
    private final Dice dice;
    private final ArticlePlan plan;

    Layout(GeneratorData data, SplittableRandom random, ArticlePlan plan) {
        this.data = data;
        this.random = random;
        this.dice = new Dice(random);
        this.plan = plan;
    }

    /**
     * The file text: the title line, then blocks separated by blank lines (the lead, the body sentences grouped
     * in paragraphs of one to three, link lines and photo credits), ending with a line break.
     */
    String text(String title, String lead, List<String> sentences) {
        List<String> links = links();
        List<String> paragraphs = paragraphs(sentences);
        List<String> blocks = new ArrayList<>();
        boolean linksFirst = random.nextBoolean();
        if (linksFirst) {
            links.forEach(link -> blocks.add(LINK + link));
        }
        if (dice.chance(40)) {
            blocks.add(credit("line"));
        }
        blocks.add(lead);
        if (!linksFirst) {
            links.forEach(link -> blocks.add(LINK + link));
        }
        int photos = 0;
        for (String paragraph : paragraphs) {
            if (photos < 2 && dice.chance(15)) {
                blocks.add(credit("line"));
                photos++;
            }
            blocks.add(paragraph);
        }
        ending(blocks);
        return titleLine(title) + "\n\n" + String.join("\n\n", blocks) + "\n";
    }

    /** Link lines, rendered apart: they are not the article's text, so what they name is not recorded. */
    private List<String> links() {
        Renderer lines = new Renderer(data, random, Facts.discarding());
        List<StateProfile> states = plan.extras().links();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            Bindings bindings = new Bindings().put("V", new StateBinding(plan.vietnam()))
                    .put("X", new StateBinding(states.get(i)))
                    .put("Y", i + 1 < states.size() ? new StateBinding(states.get(i + 1)) : null);
            links.add(Composer.required(lines, "link", bindings).text());
        }
        return links;
    }

    private List<String> paragraphs(List<String> sentences) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); ) {
            int size = Math.min(sentences.size() - i, 1 + random.nextInt(3));
            paragraphs.add(String.join(" ", sentences.subList(i, i + size)));
            i += size;
        }
        return paragraphs;
    }

    private String titleLine(String title) {
        String header = plan.header().map(month -> " date " + month
                + (plan.headerDay() > 0 ? String.format("-%02d", plan.headerDay()) : "") + " ").orElse("");
        return header + title + (dice.chance(15) ? " " + credit("title") : "");
    }

    private void ending(List<String> blocks) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            blocks.add(credit("end"));
        } else if (roll < 80) {
            int last = blocks.size() - 1;
            blocks.set(last, blocks.get(last) + " " + credit("glued"));
        }
    }

    private String credit(String kind) {
        List<String> credits = data.credits.get(kind);
        return dice.pick(credits);
    }

}
