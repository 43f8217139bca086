package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Generated text is grammatical at the joints French cares about, and varied enough to defeat a single rule. */
class GeneratedTextTest {

    private static final String VOWEL = "[aeiouâàéèêîïôûœAEIOUÂÀÉÈÊÎÏÔÛ]";
    private static final Map<String, Pattern> MISTAKES = Map.of(
            "uncontracted article", Pattern.compile("(?<![\\p{L}'])([Dd]e|[Àà]) (le|les) "),
            "missing elision", Pattern.compile("(?<![\\p{L}'])(de|le|la|que|De|Le|La|Que) " + VOWEL),
            "de des", Pattern.compile("(?<![\\p{L}'])de des "),
            "stray punctuation", Pattern.compile(",[.,)]| ,| \\.|  |, :"),
            "sentence starting in lower case", Pattern.compile("[.!?] \\p{Ll}"));

    @Test
    void writesNoUncontractedOrUnelidedArticle() {
        List<String> problems = new ArrayList<>();
        for (GeneratedArticle article : Samples.articles()) {
            for (Map.Entry<String, Pattern> mistake : MISTAKES.entrySet()) {
                Matcher matcher = mistake.getValue().matcher(article.text());
                if (matcher.find()) {
                    int from = Math.max(0, matcher.start() - 40);
                    problems.add(article.id() + ": " + mistake.getKey() + " in '"
                            + article.text().substring(from, Math.min(article.text().length(), matcher.end() + 40))
                            + "'");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void writesElisionsAndPlacePrepositionsOfStateNames() {
        FrenchGrammar grammar = Samples.data().grammar;
        assertEquals("de l'Inde", grammar.join("de", " ", Samples.data().states.get("IN").withArticle()));
        assertEquals("du Japon", grammar.join("de", " ", Samples.data().states.get("JP").withArticle()));
        assertEquals("des États-Unis", grammar.join("de", " ", Samples.data().states.get("US").withArticle()));
        assertEquals("d'Oman", grammar.join("de", " ", Samples.data().states.get("OM").withArticle()));
        assertEquals("au Japon", Samples.data().states.get("JP").in());
        assertEquals("en Chine", Samples.data().states.get("CN").in());
        assertEquals("en Inde", Samples.data().states.get("IN").in());
        assertEquals("aux États-Unis", Samples.data().states.get("US").in());
        assertEquals("à Cuba", Samples.data().states.get("CU").in());
    }

    @Test
    void everyParagraphStartsWithACapitalAndEndsWithAStopOrACredit() {
        for (GeneratedArticle article : Samples.articles()) {
            String[] lines = article.text().split("\n");
            for (int i = 2; i < lines.length; i++) {
                String line = lines[i];
                if (line.isEmpty() || line.startsWith(">> ") || line.startsWith("Photo") || line.equals("VNA/CVN")) {
                    continue;
                }
                assertTrue(Character.isUpperCase(line.charAt(0)), article.id() + ": " + line);
                assertTrue(line.endsWith(".") || line.endsWith(". -VNA/VI"), article.id() + ": " + line);
            }
        }
    }

    @Test
    void everyFactKindIsWrittenInSeveralShapes() {
        Map<String, Set<String>> shapes = new TreeMap<>();
        Map<String, Integer> uses = new TreeMap<>();
        for (GeneratedArticle article : Samples.articles().subList(0, 200)) {
            for (String id : article.shapes()) {
                String kind = id.substring(0, id.indexOf('#'));
                shapes.computeIfAbsent(kind, k -> new TreeSet<>()).add(id);
                uses.merge(kind, 1, Integer::sum);
            }
        }
        List<String> poor = new ArrayList<>();
        for (String kind : List.of("intro", "title.generic", "event.meeting", "event.visit", "event.phone-call",
                "event.signing", "event.conference", "event.message", "partnership.existing",
                "partnership.established", "sectors", "relations.stated", "target", "org.multilateral", "filler",
                "invitation", "recalled.visit", "recalled.meeting")) {
            int frames = Samples.data().templates.of(kind).size();
            int distinct = shapes.getOrDefault(kind, Set.of()).size();
            if (distinct < Math.min(4, frames) || frames < 4) {
                poor.add(kind + ": " + distinct + " of " + frames + " frames in " + uses.get(kind) + " uses");
            }
        }
        assertEquals(List.of(), poor);
    }
}
