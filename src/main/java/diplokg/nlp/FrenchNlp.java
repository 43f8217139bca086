package diplokg.nlp;

import diplokg.DiplokgException;
import diplokg.article.Article;
import diplokg.article.TextBlock;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * French sentence detection, tokenisation and part-of-speech tagging of an article.
 *
 * <p>The sentence and POS models are OpenNLP's French UD-GSD models from Maven Central, loaded once from the
 * classpath. Models are thread-safe; OpenNLP's {@code SentenceDetectorME} and {@code POSTaggerME} are not, so each
 * thread gets its own detector and tagger, made once and kept ({@link ThreadLocal}): building a tagger per article
 * took about a seventh of the tagging time. They keep no state between calls that changes an answer (the tagger's
 * cache only remembers outcomes), so results do not depend on which thread annotates what. This class may be shared
 * between threads.
 */
public final class FrenchNlp {

    static final String SENTENCE_MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";

    /** Name of the weights in an OpenNLP POS model package (package-private in OpenNLP). */
    private static final String POS_MODEL_ENTRY = "pos.model";
    private static final int GREEDY_BEAM = 1;
    /**
     * The longest sentence, in characters; a longer run of text is cut. News sentences stay far below it (the
     * longest of our corpora has about 600), but a page without full stops is one "sentence", and the recognisers
     * weigh what a sentence holds pair by pair (each trigger against its cues, dates and names): extraction would
     * grow with the square of such a run instead of its length.
     */
    static final int LONGEST_SENTENCE = 2_000;

    private static final Pattern INITIAL_AT_END = Pattern.compile("(?:^|[\\s.])\\p{Lu}\\.\\s*$");
    /**
     * A full stop with no space after it, between a word of two lower-case letters or digits and a capitalised word
     * ("en 2020.Le Sri Lanka", "de Covid-19.Les liens"): pages copied from some sites lose the space, and the model
     * reads the two sentences as one. An initial ("V.N. Kharino") or an acronym ("U.S.A") has a capital before its
     * stop, a web address ("VietnamPlus.vn") a lower-case letter after it; {@link #abbreviationOrAddress} keeps the
     * rest whole.
     */
    /** The longest abbreviated title a glued stop may close ("Prof", "Mlle"). */
    private static final int TITLE_LETTERS = 4;
    private static final Pattern GLUED_STOP = Pattern.compile("(?<=[\\p{Ll}\\p{Nd}]{2}\\.)(?=\\p{Lu}\\p{Ll})");
    /** Apostrophes other than the straight one, as typeset news writes them ("l’État"). */
    private static final Pattern TYPOGRAPHIC_APOSTROPHE = Pattern.compile("[\u2019\u02BC]");

    private final FrenchTokenizer tokenizer = new FrenchTokenizer();
    private final ThreadLocal<SentenceDetectorME> detectors;
    private final ThreadLocal<POSTaggerME> taggers;

    private FrenchNlp(SentenceModel sentenceModel, POSModel posModel) {
        this.detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    }

    /** Loads the French models from the classpath (about half a second). */
    public static FrenchNlp load() {
        try (InputStream sentences = resource(SENTENCE_MODEL); InputStream pos = resource(POS_MODEL)) {
            return new FrenchNlp(new SentenceModel(sentences), greedy(new POSModel(pos)));
        } catch (IOException e) {
            throw new DiplokgException("cannot load the OpenNLP French models: " + e.getMessage(), e);
        }
    }

    /** The sentences of the article's title and body, in reading order, tokenised and tagged. */
    public List<Sentence> annotate(Article article) {
        SentenceDetectorME detector = detectors.get();
        POSTaggerME tagger = taggers.get();
        List<Sentence> sentences = new ArrayList<>();
        for (TextBlock block : article.blocks()) {
            for (Span span : bounded(block.text(), splitAtGluedStops(block.text(), joinAfterInitials(block.text(),
                    detector.sentPosDetect(block.text()))))) {
                Span trimmed = span.trim(block.text());
                if (trimmed.length() > 0) {
                    sentences.add(sentence(sentences.size(), block, trimmed, tagger));
                }
            }
        }
        return List.copyOf(sentences);
    }

    /** Tokenises and tags one piece of text as a single sentence; for tests and ad-hoc use. */
    public Sentence sentence(String text) {
        TextBlock block = new TextBlock(text, 0, text.length());
        return sentence(0, block, new Span(0, text.length()), taggers.get());
    }

    private Sentence sentence(int index, TextBlock block, Span span, POSTaggerME tagger) {
        String text = block.text().substring(span.getStart(), span.getEnd());
        int start = block.start() + span.getStart();
        List<Token> tokens = tokenizer.tokenize(text, start);
        // The model knows elisions by their straight apostrophe: "s’entretenir" was not tagged as "s'entretenir" is
        // (its verb was missed, and with it the clause it opens).
        String[] words = tokens.stream().map(t -> TYPOGRAPHIC_APOSTROPHE.matcher(t.text()).replaceAll("'"))
                .toArray(String[]::new);
        String[] tags = tagger.tag(words);
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            tagged.add(tokens.get(i).withTag(tags[i]));
        }
        return new Sentence(index, text, start, start + text.length(), tagged);
    }

    /**
     * The model ends a sentence after a name's initial ("V.N. | Kharino", "Gennady S. | Bezdetko"); a sentence
     * that ends with a lone capital and a dot is joined to the next one.
     */
    private static List<Span> joinAfterInitials(String text, Span[] spans) {
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            int last = joined.size() - 1;
            if (last >= 0 && INITIAL_AT_END.matcher(
                    text.substring(joined.get(last).getStart(), joined.get(last).getEnd())).find()) {
                joined.set(last, new Span(joined.get(last).getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** {@code spans} with each one cut after every full stop glued to the next sentence ({@link #GLUED_STOP}). */
    private static List<Span> splitAtGluedStops(String text, List<Span> spans) {
        List<Span> pieces = new ArrayList<>();
        for (Span span : spans) {
            int start = span.getStart();
            Matcher stop = GLUED_STOP.matcher(text).region(span.getStart(), span.getEnd());
            while (stop.find()) {
                if (!abbreviationOrAddress(text, stop.start())) {
                    pieces.add(new Span(start, stop.start()));
                    start = stop.start();
                }
            }
            pieces.add(new Span(start, span.getEnd()));
        }
        return pieces;
    }

    /**
     * Whether the glued stop ending at {@code after} closes a short capitalised word, a title ("le Prof.Tran Van
     * Anh", "Mme.Lan") rather than a sentence, or opens a word that holds another stop, a web address ("le site
     * www.VietnamPlus.vn").
     */
    private static boolean abbreviationOrAddress(String text, int after) {
        int word = after - 1;
        while (word > 0 && Character.isLetterOrDigit(text.charAt(word - 1))) {
            word--;
        }
        boolean title = after - 1 - word <= TITLE_LETTERS && Character.isUpperCase(text.charAt(word));
        int next = after;
        while (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            if (text.charAt(next) == '.' && next + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(next + 1))) {
                return true;
            }
            next++;
        }
        return title;
    }

    /**
     * {@code spans} with every span longer than {@link #LONGEST_SENTENCE} cut into pieces no longer: after the last
     * semicolon or comma of the piece's second half, else at its last space, else at the limit.
     */
    static List<Span> bounded(String text, List<Span> spans) {
        List<Span> pieces = new ArrayList<>();
        for (Span span : spans) {
            int start = span.getStart();
            while (span.getEnd() - start > LONGEST_SENTENCE) {
                int cut = cut(text, start, start + LONGEST_SENTENCE);
                pieces.add(new Span(start, cut));
                start = cut;
            }
            pieces.add(new Span(start, span.getEnd()));
        }
        return pieces;
    }

    private static int cut(String text, int start, int limit) {
        for (String mark : List.of("; ", ", ", " ")) {
            int at = text.lastIndexOf(mark, limit - mark.length());
            if (at >= start + LONGEST_SENTENCE / 2) {
                return at + mark.length() - 1;
            }
        }
        return limit;
    }

    /**
     * The same maximum-entropy model, decoded keeping one tag sequence instead of OpenNLP's default three. Tagging
     * takes 40% less CPU; on 186,000 tokens of generated articles not one tag changed, and extraction scores on the
     * seeds, our own articles and 1,000 generated ones stayed the same to the last digit. OpenNLP reads the beam from
     * the model's manifest, so a model with a beam of one is rebuilt around the same weights.
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel weights = model.getArtifact(POS_MODEL_ENTRY);
        return new POSModel(model.getLanguage(), weights, GREEDY_BEAM, Map.of(), model.getFactory());
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = FrenchNlp.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " is not on the classpath");
        }
        return in;
    }
}
