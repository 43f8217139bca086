package diplokg.generate;

import diplokg.ProjectFiles;
import diplokg.article.Article;
import diplokg.article.TextBlock;
import diplokg.fact.Stated;
import diplokg.lexicon.Concept;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.Scheme;
import diplokg.nlp.FrenchTokenizer;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import diplokg.recognize.StateRecognizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an article's text (title and body as the article reader gives them) with the project's lexicon and state
 * recogniser, independently of the generator, to check the gold against what the text says.
 */
final class TextScan {

    private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();

    private TextScan() {
    }

    /** The states named in the title and body. */
    static Set<String> states(Article article) {
        StateRecognizer recognizer = new StateRecognizer(ProjectFiles.lexicon());
        Set<String> codes = new TreeSet<>();
        for (TextBlock block : article.blocks()) {
            Sentence sentence = new Sentence(0, block.text(), block.start(), block.end(),
                    TOKENIZER.tokenize(block.text(), block.start()));
            recognizer.recognize(sentence).stream().map(Stated::fact).forEach(codes::add);
        }
        return codes;
    }

    /** The ids of a scheme's concepts named in the title and body. */
    static Set<String> concepts(Article article, Scheme scheme) {
        Set<String> ids = new TreeSet<>();
        for (TextBlock block : article.blocks()) {
            List<Token> tokens = TOKENIZER.tokenize(block.text(), 0);
            matches(tokens, scheme).forEach(m -> ids.add(m.value().id()));
        }
        return ids;
    }

    /**
     * The sectors named in the title and body, but not inside a longer event phrase: "visite de travail" is a
     * visit, not labour (while "dialogue politique" is a sector, though "dialogue" alone is an event).
     */
    static Set<String> sectors(Article article) {
        Set<String> ids = new TreeSet<>();
        for (TextBlock block : article.blocks()) {
            List<Token> tokens = TOKENIZER.tokenize(block.text(), 0);
            List<PhraseMatch<Concept>> events = matches(tokens, Scheme.EVENT_TYPES);
            for (PhraseMatch<Concept> sector : matches(tokens, Scheme.SECTORS)) {
                if (events.stream().noneMatch(e -> e.start() <= sector.start() && sector.end() <= e.end())) {
                    ids.add(sector.value().id());
                }
            }
        }
        return ids;
    }

    private static List<PhraseMatch<Concept>> matches(List<Token> tokens, Scheme scheme) {
        Lexicon lexicon = ProjectFiles.lexicon();
        return lexicon.vocabulary(scheme).phrases().findAll(tokens);
    }
}
