package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import diplokg.ProjectFiles;
import diplokg.article.Article;
import diplokg.article.ArticleReader;
import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import diplokg.fact.Contract;
import diplokg.fact.Event;
import diplokg.fact.StatePair;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.Scheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Every generated gold file says exactly what its article's text says, in the contract's shape. */
class GeneratedGoldTest {

    private static final Pattern EVENT_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}-\\d{2}");

    @TempDir
    Path folder;

    /** Each sample article written to a file and read back by the project's article reader. */
    private List<Article> read(List<GeneratedArticle> articles) throws IOException {
        ArticleReader reader = new ArticleReader();
        List<Article> read = new ArrayList<>();
        for (GeneratedArticle article : articles) {
            Path file = folder.resolve(article.id() + ".txt");
            Files.writeString(file, article.text());
            read.add(reader.read(file));
        }
        return read;
    }

    @Test
    void goldHasTheKeysOfTheHandMadeGold() throws IOException {
        JsonObject handMade = JSON.parse(Files.readString(ProjectFiles.CORPUS.resolve("gold/a01_chine.json")));
        for (GeneratedArticle article : Samples.articles()) {
            JsonObject gold = JSON.parse(AnnotationJson.write(article.gold()));
            assertEquals(handMade.keys(), gold.keys(), article.id());
            assertEquals(article.id(), gold.get("article").getAsString().value());
        }
    }

    @Test
    void goldUsesOnlyVocabularyIdsAndStateCodes() {
        Lexicon lexicon = ProjectFiles.lexicon();
        for (GeneratedArticle article : Samples.articles()) {
            JsonObject gold = JSON.parse(AnnotationJson.write(article.gold()));
            for (JsonValue code : gold.get("states").getAsArray()) {
                assertTrue(lexicon.state(code.getAsString().value()).isPresent(), article.id() + ": " + code);
            }
            for (String[] field : new String[][] {{"partnerships", "level", "LEVELS"}, {"officials", "role", "ROLES"},
                {"events", "type", "EVENT_TYPES"}, {"targets", "indicator", "INDICATORS"},
                {"agreements", "type", "AGREEMENT_TYPES"}, {"partnerships", "status", "STATUSES"}}) {
                for (JsonValue item : gold.get(field[0]).getAsArray()) {
                    String id = item.getAsObject().get(field[1]).getAsString().value();
                    assertTrue(lexicon.vocabulary(Scheme.valueOf(field[2])).concept(id).isPresent(),
                            article.id() + ": " + field[0] + " " + id);
                }
            }
            for (JsonValue sector : gold.get("sectors").getAsArray()) {
                assertTrue(lexicon.vocabulary(Scheme.SECTORS).concept(sector.getAsString().value()).isPresent());
            }
        }
    }

    @Test
    void goldDatesHaveTheContractsForms() {
        for (GeneratedArticle article : Samples.articles()) {
            Annotation gold = article.gold();
            assertTrue(gold.date() == null || gold.date().matches("\\d{4}-\\d{2}"), gold.date());
            for (Event event : gold.get(Contract.EVENTS)) {
                assertTrue(event.date() == null || EVENT_DATE.matcher(event.date()).matches(),
                        article.id() + ": " + event);
                if (gold.date() == null) {
                    assertTrue(event.date() == null || !event.date().matches("\\d{4}-\\d{2}-\\d{2}")
                            || article.text().contains(event.date().substring(0, 4)), article.id() + ": " + event);
                }
            }
        }
    }

    @Test
    void everyArticleIsReadAsItsGoldSays() throws IOException {
        List<GeneratedArticle> articles = Samples.articles();
        List<Article> read = read(articles);
        for (int i = 0; i < articles.size(); i++) {
            Annotation gold = articles.get(i).gold();
            Article article = read.get(i);
            assertEquals(gold.title(), article.titleText(), gold.article());
            assertEquals(gold.date(), article.publicationMonth().map(Object::toString).orElse(null), gold.article());
        }
    }

    @Test
    void goldNamesPlacesAndOrganisationsAreWrittenVerbatim() throws IOException {
        List<GeneratedArticle> articles = Samples.articles();
        List<Article> read = read(articles);
        for (int i = 0; i < articles.size(); i++) {
            Annotation gold = articles.get(i).gold();
            String text = read.get(i).blocks().stream().map(b -> b.text()).collect(Collectors.joining("\n"));
            List<String> written = new ArrayList<>();
            gold.get(Contract.OFFICIALS).forEach(o -> written.add(o.name()));
            gold.get(Contract.EVENTS).stream().filter(e -> e.place() != null)
                    .forEach(e -> written.add(e.place()));
            gold.get(Contract.ORGANIZATIONS).forEach(o -> written.addAll(o.names()));
            for (String name : written) {
                assertTrue(text.contains(name), gold.article() + " lacks '" + name + "':\n" + text);
            }
        }
    }

    @Test
    void goldStatesAreTheStatesTheTextNames() throws IOException {
        List<GeneratedArticle> articles = Samples.articles();
        List<Article> read = read(articles);
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(TextScan.states(read.get(i)), new TreeSet<>(articles.get(i).gold().get(Contract.STATES)),
                    articles.get(i).id() + ":\n" + articles.get(i).text());
        }
    }

    @Test
    void goldSectorsAreTheSectorsTheTextNames() throws IOException {
        List<GeneratedArticle> articles = Samples.articles();
        List<Article> read = read(articles);
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(TextScan.sectors(read.get(i)), new TreeSet<>(articles.get(i).gold().get(Contract.SECTORS)),
                    articles.get(i).id() + ":\n" + articles.get(i).text());
        }
    }

    @Test
    void goldLevelsAreTheLevelsTheTextNames() throws IOException {
        List<GeneratedArticle> articles = Samples.articles();
        List<Article> read = read(articles);
        for (int i = 0; i < articles.size(); i++) {
            Set<String> levels = new HashSet<>();
            articles.get(i).gold().get(Contract.PARTNERSHIPS).forEach(p -> levels.add(p.level()));
            assertEquals(TextScan.concepts(read.get(i), Scheme.LEVELS), new TreeSet<>(levels),
                    articles.get(i).id() + ":\n" + articles.get(i).text());
        }
    }

    @Test
    void goldPairsAreSortedAndIncludeVietnam() {
        for (GeneratedArticle article : Samples.articles()) {
            StatePair pair = article.gold().get(Contract.PAIRS).get(0);
            assertTrue(pair.contains("VN"), article.id() + " " + pair);
            assertTrue(article.gold().get(Contract.STATES).containsAll(pair.codes()), article.id());
        }
    }

    @Test
    void jsonEscapesQuotesAndBackslashes() {
        String json = AnnotationJson.item("a \"b\" \\ c");
        assertEquals("\"a \\\"b\\\" \\\\ c\"", json);
        JsonArray parsed = JSON.parseAny("[" + AnnotationJson.item("l'« été » \"x\"") + "]").getAsArray();
        assertEquals("l'« été » \"x\"", parsed.get(0).getAsString().value());
    }
}
