package diplokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /}: the {@link HomePage}. */
final class HomeServlet extends HttpServlet {

    private final transient HomePage home;

    HomeServlet(HomePage home) {
        this.home = home;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GraphReply.sendPage(response, HttpServletResponse.SC_OK, home.render());
    }
}
