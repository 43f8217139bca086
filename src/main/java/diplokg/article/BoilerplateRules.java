package diplokg.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Which parts of a web page are the site around the article rather than the article: menus, mastheads and footers,
 * sidebars, lists of other headlines, comments, cookie banners, sharing buttons, advertisements, and what is no text
 * at all (scripts, styles, forms, embedded frames).
 *
 * <p>Design decision: boilerplate is recognised by HTML structure only, never by words of the article's language.
 * Three signals, each common to the agency and news sites diplokg reads: the element ({@code nav}, {@code aside},
 * {@code script}, ...), its ARIA landmark role ({@code navigation}, {@code complementary}, ...), and the words of its
 * {@code class} and {@code id} ({@code sidebar}, {@code related-news}, {@code cookie-banner}, {@code comments}).
 * Those words are the vocabulary of web templates, not of the news, which is why they live here and not in the
 * ontology's lexicon. A class word is matched as a whole part of the name split on {@code - _} and camel case, so
 * that {@code comment-list} is a cue and {@code commentary} is not.
 *
 * <p>An element that holds the article chosen as main content is never removed, however it is named: a site that
 * wraps the whole page in {@code <form>} or names its content column {@code with-sidebar} keeps its article.
 */
final class BoilerplateRules {

    /** Elements that never hold article text. */
    private static final Evaluator NEVER_TEXT = QueryParser.parse("script, style, noscript, template, iframe,"
            + " object, embed, svg, canvas, button, select, textarea, input, dialog, nav, aside, [hidden],"
            + " [aria-hidden=true]");
    /**
     * Forms are removed only around the article: a search box or a login form is no text, but some sites wrap the
     * whole page in one {@code <form>}, so a form never disqualifies what it holds.
     */
    private static final Evaluator FORM = QueryParser.parse("form");
    /** Page regions that are the site's, not the article's, when they are outside the article. */
    private static final Evaluator PAGE_REGIONS = QueryParser.parse("header, footer");
    /** Elements that mark the article: a header or footer inside one is the article's own. */
    private static final Evaluator MAIN_MARKERS =
            QueryParser.parse("article, main, [role=main], [itemprop=articleBody]");
    private static final Evaluator PAGE_TOP = QueryParser.parse("body, html");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog", "alertdialog");
    private static final Set<String> CUES = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "sidebar", "aside", "related", "relate", "recommended", "recommendations", "more",
            "popular", "trending", "mostread", "latest", "comment", "comments", "disqus", "cookie", "cookies",
            "consent", "gdpr", "share", "sharing", "social", "newsletter", "subscribe", "promo", "advert",
            "advertisement", "ad", "ads", "banner", "footer", "masthead", "topbar", "tags", "widget", "modal",
            "popup", "login", "signup", "print");
    private static final Pattern NAME_PARTS = Pattern.compile("[-_\\s]+|(?<=\\p{Ll})(?=\\p{Lu})");

    private BoilerplateRules() {
    }

    /** Whether {@code element} is boilerplate by its kind, its role or its names, wherever it stands. */
    static boolean isBoilerplate(Element element) {
        return element.is(NEVER_TEXT) || isCued(element);
    }

    /** Whether {@code element} lies inside boilerplate or a page region ({@code body} and above excluded). */
    static boolean inBoilerplate(Element element) {
        for (Element up = element; up != null && !up.is(PAGE_TOP); up = up.parent()) {
            if (isBoilerplate(up) || up.is(PAGE_REGIONS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes from {@code root} and its surroundings everything that is the site around the article, except what
     * holds {@code root} itself.
     */
    static void strip(Element page, Element root) {
        Elements doomed = new Elements();
        for (Element element : page.getAllElements()) {
            boolean region = element.is(PAGE_REGIONS) && element.closest(MAIN_MARKERS) == null;
            boolean around = region || element.is(FORM) || isBoilerplate(element);
            if (element != page && around && !holds(element, root)) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            element.remove();
        }
    }

    /** Whether {@code element}'s landmark role or the words of its class or id say it is boilerplate. */
    static boolean isCued(Element element) {
        if (ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        return hasCue(element.className()) || hasCue(element.id());
    }

    private static boolean hasCue(String names) {
        if (names.isBlank()) {
            return false;
        }
        for (String part : NAME_PARTS.split(names.strip())) {
            if (CUES.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Element element, Element root) {
        for (Element up = root; up != null; up = up.parent()) {
            if (up == element) {
                return true;
            }
        }
        return false;
    }
}
