package diplokg.server;

import diplokg.ingest.UnknownArticlesException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.WebContent;

/**
 * {@code POST /kg-admin/articles/remove} with a form of {@code id} values: removes those articles (their named
 * graphs) in one write transaction and answers {@code {"removed": [...]}}. When any id is not in the store nothing is
 * removed and the answer is 404 with the unknown ids under {@code missing}.
 */
final class ArticleRemovalServlet extends AdminServlet {

    static final String PATH = ArticleUploadServlet.PATH + "/remove";

    private final ServedArticles articles;

    ArticleRemovalServlet(ServedArticles articles) {
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    @Override
    Set<String> parameters() {
        return Set.of("id");
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!WebContent.contentTypeHTMLForm.equals(UploadReader.mediaType(request.getContentType()))) {
            throw new UploadRefusedException(415, "send the ids as a form (" + WebContent.contentTypeHTMLForm
                    + "): id=ARTICLE&id=ARTICLE...");
        }
        String[] ids = request.getParameterValues("id");
        if (ids == null || ids.length == 0 || List.of(ids).stream().anyMatch(String::isBlank)) {
            throw new UploadRefusedException(400, "name the articles to remove: id=ARTICLE (repeatable, not blank)");
        }
        try {
            List<String> removed = articles.remove(List.of(ids));
            JsonArray list = new JsonArray();
            removed.forEach(list::add);
            JsonObject body = new JsonObject();
            body.put("removed", list);
            JsonReply.send(response, body);
        } catch (UnknownArticlesException e) {
            refuse(request, response, ErrorReply.of(HttpServletResponse.SC_NOT_FOUND, e.getMessage())
                    .with("missing", e.missing()));
        }
    }
}
