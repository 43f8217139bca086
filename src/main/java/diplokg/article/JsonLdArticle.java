package diplokg.article;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}), read with Jena's
 * JSON parser. Sites put it at the top level, in an array, or in an {@code @graph} beside the page's
 * {@code WebPage}, {@code Organization} and {@code BreadcrumbList}; only an article type counts.
 */
final class JsonLdArticle {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdArticle.class);
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle");
    private static final String DATE_PUBLISHED = "datePublished";

    private JsonLdArticle() {
    }

    /** The {@code datePublished} of the first article described in {@code page}'s JSON-LD, as written. */
    static Optional<String> datePublished(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<String> date = datePublished(JSON.parseAny(script.data()));
                if (date.isPresent()) {
                    return date;
                }
            } catch (JsonException e) {
                // Broken JSON-LD is common on news sites and says nothing about the article's text; the other date
                // sources of the page still count.
                LOG.debug("Unreadable JSON-LD block in {}: {}", page.location(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> datePublished(JsonValue value) {
        if (value.isArray()) {
            for (JsonValue item : value.getAsArray()) {
                Optional<String> date = datePublished(item);
                if (date.isPresent()) {
                    return date;
                }
            }
            return Optional.empty();
        }
        if (!value.isObject()) {
            return Optional.empty();
        }
        JsonObject object = value.getAsObject();
        if (isArticle(object.get("@type")) && object.hasKey(DATE_PUBLISHED) && object.get(DATE_PUBLISHED).isString()) {
            return Optional.of(object.get(DATE_PUBLISHED).getAsString().value());
        }
        return object.hasKey("@graph") ? datePublished(object.get("@graph")) : Optional.empty();
    }

    private static boolean isArticle(JsonValue type) {
        if (type == null) {
            return false;
        }
        if (type.isString()) {
            return ARTICLE_TYPES.contains(type.getAsString().value());
        }
        return type.isArray() && type.getAsArray().stream().anyMatch(JsonLdArticle::isArticle);
    }
}
