package diplokg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The main content of a web page: the element holding the article, and its paragraphs and figure captions.
 *
 * <p>The article is, in this order: the element marked {@code itemprop="articleBody"} (schema.org microdata, which
 * agency sites use), else the {@code article} element with the most paragraph text (a page of headlines has many
 * small {@code article} cards beside the one article), else {@code main} or the {@code role="main"} landmark, else
 * the densest block: the element whose own paragraphs hold the most text. Candidates inside boilerplate (a comment
 * thread marked as {@code article}s, a sidebar) are never chosen; see {@link BoilerplateRules}.
 *
 * <p>Paragraphs are the {@code p}, {@code figcaption} and list items of the article, and its lead, which sites mark
 * with a class word ({@code lead}, {@code sapo}, {@code chapo}, {@code standfirst}); a lead outside the marked body
 * but inside the same {@code article} comes first. A block that is mostly link text
 * and short ("read also: ...") is a link to another article, not a paragraph.
 */
final class MainContent {

    private static final String LEADS = ".lead, .sapo, .chapo, .chapeau, .standfirst, .summary, .intro,"
            + " .description, .excerpt";
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p, figcaption, li, blockquote, " + LEADS);
    private static final Set<String> BLOCK_CONTAINERS = Set.of("div", "section", "article", "main", "td", "body");
    /** A block with more than this share of its characters in links is a link list, unless it is long. */
    private static final double MAX_LINK_SHARE = 0.5;
    private static final int LONG_BLOCK = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MainContent() {
    }

    /** The element holding the article in {@code page}, chosen before anything is removed. */
    static Element root(Document page) {
        Element body = page.body();
        Element best = best(body.select("[itemprop=articleBody]"));
        if (best == null) {
            best = best(body.select("article"));
        }
        if (best == null) {
            best = best(body.select("main, [role=main]"));
        }
        return best != null ? best : densest(body);
    }

    /**
     * The paragraphs of the article in {@code page}, in page order, as single-line text; boilerplate around and
     * inside the article is removed from {@code page} on the way.
     */
    static List<String> paragraphs(Document page, Element root) {
        BoilerplateRules.strip(page, root);
        List<String> paragraphs = new ArrayList<>();
        // The lead often stands outside the marked body, between the article's title and its body.
        Element article = root.parent() == null ? null : root.parent().closest("article");
        if (article != null) {
            for (Element lead : article.select(LEADS)) {
                if (lead.closest("[itemprop=articleBody]") != root && !lineOf(lead).isEmpty()) {
                    paragraphs.add(lineOf(lead));
                }
            }
        }
        for (Element block : root.select(PARAGRAPHS)) {
            if (block.select(PARAGRAPHS).size() > 1) {
                // Its inner blocks are taken one by one: a list item holding paragraphs is not one paragraph.
                continue;
            }
            String text = lineOf(block);
            if (!text.isEmpty() && !isLinkList(block, text)) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    /** {@code element}'s text on one line, whitespace runs (line breaks included) as one space. */
    static String lineOf(Element element) {
        return oneLine(element.text());
    }

    /** {@code text} on one line: every whitespace run (line breaks included) as one space, trimmed. */
    static String oneLine(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static Element best(List<Element> candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            if (BoilerplateRules.inBoilerplate(candidate)) {
                continue;
            }
            int length = paragraphLength(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    private static int paragraphLength(Element element) {
        int length = 0;
        for (Element paragraph : element.select("p")) {
            if (!BoilerplateRules.inBoilerplate(paragraph)) {
                length += paragraph.text().length();
            }
        }
        return length;
    }

    /** The block container whose own {@code p} children hold the most text outside boilerplate. */
    private static Element densest(Element body) {
        Element best = body;
        int bestLength = 0;
        for (Element container : body.getAllElements()) {
            if (!BLOCK_CONTAINERS.contains(container.normalName()) || BoilerplateRules.inBoilerplate(container)) {
                continue;
            }
            int length = 0;
            for (Element child : container.children()) {
                if (child.normalName().equals("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                best = container;
                bestLength = length;
            }
        }
        return best;
    }

    private static boolean isLinkList(Element block, String text) {
        int linked = 0;
        for (Element link : block.select("a")) {
            linked += link.text().length();
        }
        return text.length() < LONG_BLOCK && linked > MAX_LINK_SHARE * text.length();
    }
}
