package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The home page's map of where events took place, in a real browser (headless Chromium) over a real server holding
 * the five seed articles. The seeds' gold annotations (written by hand) place one meeting in Lima (Peru) and two
 * events in Hanoi (Vietnam), and none in France: so Peru and Vietnam are shaded links, France is drawn unshaded.
 */
class MapBrowserIT {

    /** The states where the seeds' events took place (gold: shared/gold/seeds, field events, place). */
    private static final Set<String> STATES_WITH_EVENTS = Set.of("PE", "VN");
    /** The fill home.js gives a state where no event took place. */
    private static final String NO_EVENT = "#e3e7eb";

    @TempDir
    static Path store;

    private static FixtureServer server;
    private Browser browser;

    @BeforeAll
    static void start() {
        TestStores.load(store, List.of(ProjectFiles.SEEDS));
        server = FixtureServer.startLoaded(new ServerSettings(ProjectFiles.FUSEKI_CONFIG, store, 0,
                ProjectFiles.QUERIES, ProjectFiles.ONTOLOGY, BaseIri.DEFAULT));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(server.root());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void mapShadesTheStatesWhereEventsTookPlaceAndOnlyThose() {
        browser.open("/");
        List<WebElement> shaded = browser.await("#places-chart svg a.state");
        Set<String> states = shaded.stream().map(link -> link.getDomAttribute("data-state"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(STATES_WITH_EVENTS), states);
        WebElement peru = browser.driver().findElement(By.cssSelector("#places-chart a.state[data-state=PE]"));
        assertEquals("604", peru.getDomAttribute("data-numeric"));
        assertNotEquals(NO_EVENT, peru.findElement(By.tagName("path")).getDomAttribute("fill"));
        assertEquals("Peru: 1 event in Lima (1)", peru.findElement(By.tagName("title")).getDomProperty("textContent"));
        WebElement france = browser.driver().findElement(By.cssSelector("#places-chart path[data-numeric='250']"));
        assertEquals("land", france.getDomAttribute("class"), "France: drawn, not a link");
        assertEquals(NO_EVENT, france.getDomAttribute("fill"));
        assertEquals("France: no event held there", france.findElement(By.tagName("title"))
                .getDomProperty("textContent"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#places-chart path.vietnam")).size(),
                "Vietnam is outlined");
        String caption = browser.driver().findElement(By.cssSelector("#places figcaption")).getText();
        assertTrue(caption.contains("States only"), caption);
        browser.assertNoConsoleErrors();
        browser.assertNothingLoadedFromElsewhere();
        browser.elementScreenshots("home-map", "#places");
    }

    @Test
    void aClickOnAShadedStateOpensItsPage() {
        browser.open("/");
        WebElement peru = browser.await("#places-chart a.state[data-state=PE]").get(0);
        assertEquals("/id/state/PE", peru.getDomAttribute("href"));
        peru.click();
        assertEquals("Pérou", browser.await("h1").get(0).getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/id/state/PE"), browser.driver().getCurrentUrl());
        browser.assertNoConsoleErrors();
    }

    @Test
    void theTextVersionListsThePlacesWithTheirStatesCodes() {
        browser.open("/");
        browser.await("#places-chart svg");
        WebElement text = browser.driver().findElement(By.id("places-text"));
        text.findElement(By.tagName("summary")).click();
        List<String> header = text.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText)
                .toList();
        assertEquals("numeric", header.get(header.size() - 1), header.toString());
        String rows = text.findElement(By.tagName("tbody")).getText();
        assertTrue(rows.contains("Lima") && rows.contains("604"), rows);
        browser.assertNoConsoleErrors();
    }
}
