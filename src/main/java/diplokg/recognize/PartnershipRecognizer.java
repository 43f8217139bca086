package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Partnership;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the partnership levels stated for pairs of states.
 *
 * <p>The level is the longest level phrase of the vocabulary ("partenariat stratégique global" is never a
 * "partenariat global"). Not levels: a level phrase inside an agreement's name ("Accord de partenariat ... global"),
 * and the extensive level used as a description ("un partenariat stratégique approfondi et efficace" is a strategic
 * partnership). The pair is the home state and the state named nearest the phrase in its sentence, else the article's
 * own pair. The status is {@code established} when an establishment cue ("établissement", "élever ... au rang de")
 * precedes the phrase in its sentence with no cue of recall ("depuis", "anniversaire", "un an de") between them,
 * and no date near the phrase falls before the article's own month ("en 2022", "en septembre 2023" or "en mars
 * dernier" in an article of May 2024: an upgrade recalled, the level now in place); otherwise {@code existing}.
 * Each (pair, level) is reported once, established if any mention is.
 *
 * <p>A level counted over many partners ("le Vietnam a établi des partenariats stratégiques avec 30 pays") is a
 * statement about the home state's diplomacy, not about a pair: it gives no pair its level unless the sentence also
 * names a foreign state ("..., dont l'Inde").
 */
public final class PartnershipRecognizer implements Recognizer<Partnership> {

    static final String ESTABLISHED = "established";
    static final String EXISTING = "existing";
    static final String EXTENSIVE = "extensive-strategic-partnership";
    static final String STRATEGIC = "strategic-partnership";
    private static final int CUE_WINDOW = 12;
    /** How many words a phrase opening a sentence before its comma may have ("En septembre 2018,"). */
    private static final int OPENING_PHRASE = 4;
    /** "les deux pays" is the pair itself; a count of more partners is the home state's diplomacy. */
    private static final int PAIR_SIZE = 2;
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");
    private static final Pattern ORDINAL_WORD = Pattern.compile(".*i[eè]me");
    /** An acronym, maybe joined by a hyphen to the next name ("ASEAN", "ASEAN-Canada"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}(?:[-–].*)?");

    private final Lexicon lexicon;
    private final VocabularyScanner scanner;
    private final PairLocator locator;
    private final String home;
    private final PhraseTable<Boolean> partners;
    private final PhraseTable<Boolean> further;
    private final PhraseTable<Boolean> aspirations;
    private final DateReader dates;

    public PartnershipRecognizer(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.scanner = new VocabularyScanner(lexicon);
        this.locator = new PairLocator(home);
        this.home = home;
        this.partners = lexicon.cues(CueKind.PARTNERSHIP);
        this.further = lexicon.recallCues(CueKind.PARTNERSHIP);
        this.aspirations = lexicon.plannedCues(CueKind.PARTNERSHIP);
        this.dates = new DateReader(lexicon);
    }

    @Override
    public FactKind<Partnership> kind() {
        return Contract.PARTNERSHIPS;
    }

    /** The partnerships of the article, located on its state mentions and pairs. */
    @Override
    public List<Stated<Partnership>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        Map<String, Stated<Partnership>> found = new LinkedHashMap<>();
        YearMonth month = article.article().publicationMonth().orElse(null);
        for (Sentence sentence : article.sentences()) {
            for (VocabularyHit hit : scanner.scan(Scheme.LEVELS, sentence)) {
                if (insideAgreementName(sentence, hit) || countedOverPartners(facts, sentence, hit)
                        || aspiredTo(sentence, hit) || blocFramework(facts, sentence, hit)) {
                    continue;
                }
                Optional<StatePair> pair = locator.locate(facts, hit.sentence().index(), hit.start());
                if (pair.isEmpty()) {
                    continue;
                }
                String level = level(sentence, hit);
                String status = established(sentence, hit, month) ? ESTABLISHED : EXISTING;
                Stated<Partnership> partnership = hit.stated(new Partnership(pair.get(), level, status));
                found.merge(pair.get().key() + " " + level, partnership, (old, now) ->
                        old.fact().status().equals(ESTABLISHED) || now.fact().status().equals(EXISTING) ? old : now);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Whether the level is only aimed at: an aspiration ({@code dkg:plannedCue} of {@code dkg:PartnershipStatement}:
     * "vers", "envisager", "possibilité", "volonté") before it in its clause, either right before it but for
     * articles and prepositions ("s'orienter vers un partenariat stratégique") or before an establishment word that
     * leads to it ("envisager d'établir le partenariat stratégique intégral", "la volonté de transformer leurs
     * relations en un partenariat stratégique"). A level the pair does not hold yet is no level of the pair; an
     * aspiration to deepen the level in place ("la volonté de renforcer le partenariat stratégique") keeps it.
     */
    private boolean aspiredTo(Sentence sentence, VocabularyHit hit) {
        List<Token> tokens = sentence.tokens();
        for (PhraseMatch<Boolean> cue : aspirations.findAll(tokens)) {
            if (cue.end() > hit.first() || commaBetween(sentence, cue.end(), hit.first())) {
                continue;
            }
            boolean adjacent = tokens.subList(cue.end(), hit.first()).stream()
                    .allMatch(t -> t.tag().equals("DET") || t.tag().equals("ADP"));
            // Each step within the window: the aspiration to the establishment word, that word to the level.
            boolean leading = scanner.scan(Scheme.STATUSES, sentence).stream()
                    .anyMatch(s -> s.concept().id().equals(ESTABLISHED) && s.first() >= cue.end()
                            && s.first() - cue.end() <= CUE_WINDOW && s.end() <= hit.first()
                            && hit.first() - s.end() <= CUE_WINDOW);
            if (adjacent || leading) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the level is named for a bloc: right after it, an acronym that names no state ("le partenariat
     * stratégique ASEAN-Canada", "UE - Vietnam") is the framework of an organisation with a partner, not of a pair of
     * states.
     */
    private static boolean blocFramework(ArticleFacts facts, Sentence sentence, VocabularyHit hit) {
        if (hit.end() >= sentence.tokens().size()) {
            return false;
        }
        Token next = sentence.tokens().get(hit.end());
        return ACRONYM.matcher(next.text()).matches() && facts.get(Contract.STATES).stream()
                .noneMatch(m -> m.sentence() == sentence.index() && m.start() <= next.start()
                        && m.end() > next.start());
    }

    private boolean insideAgreementName(Sentence sentence, VocabularyHit hit) {
        if (hit.first() < 2 || !sentence.tokens().get(hit.first() - 1).folded().equals("de")) {
            return false;
        }
        return scanner.scan(Scheme.AGREEMENT_TYPES, sentence).stream().anyMatch(a -> a.end() == hit.first() - 1);
    }

    /**
     * Whether the level is counted over more partners than a pair ("avec 30 pays", "ses quinze partenaires": a count
     * before one of the partner nouns, {@code dkg:cue} of {@code dkg:PartnershipStatement}) near it and in its clause
     * (no comma between), in a sentence that names no foreign state. "dix ans de partenariat" counts years, not
     * partners.
     */
    private boolean countedOverPartners(ArticleFacts facts, Sentence sentence, VocabularyHit hit) {
        boolean foreign = facts.get(Contract.STATES).stream()
                .anyMatch(m -> m.sentence() == sentence.index() && !m.fact().equals(home));
        if (foreign) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        for (int i = Math.max(0, hit.first() - CUE_WINDOW); i < Math.min(tokens.size(), hit.end() + CUE_WINDOW); i++) {
            boolean sameClause = i < hit.first() ? !commaBetween(sentence, i, hit.first())
                    : !commaBetween(sentence, hit.end(), Math.max(hit.end(), i));
            if (sameClause && partnersCountedAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cardinal above two, in figures or words ("30", "trente"), counts partner nouns at {@code i}. */
    private boolean partnersCountedAt(List<Token> tokens, int i) {
        int value = 0;
        int end = i + 1;
        if (COUNT.matcher(tokens.get(i).text()).matches()) {
            value = Integer.parseInt(tokens.get(i).text());
        } else {
            PhraseMatch<Concept> words = lexicon.vocabulary(Scheme.NUMERALS).phrases().matchAt(tokens, i);
            if (words != null && !ORDINAL_WORD.matcher(tokens.get(words.end() - 1).folded()).matches()) {
                value = Integer.parseInt(words.value().id());
                end = words.end();
            }
        }
        return value > PAIR_SIZE && end < tokens.size() && partners.matchAt(tokens, end) != null;
    }

    private static String level(Sentence sentence, VocabularyHit hit) {
        String id = hit.concept().id();
        List<Token> tokens = sentence.tokens();
        boolean described = hit.end() + 1 < tokens.size() && tokens.get(hit.end()).tag().equals("CCONJ")
                && tokens.get(hit.end() + 1).tag().equals("ADJ");
        return id.equals(EXTENSIVE) && described ? STRATEGIC : id;
    }

    private boolean established(Sentence sentence, VocabularyHit hit, YearMonth month) {
        boolean cue = false;
        for (VocabularyHit status : scanner.scan(Scheme.STATUSES, sentence)) {
            if (status.end() <= hit.first() && hit.first() - status.end() <= CUE_WINDOW
                    && !commaBetween(sentence, status.end(), hit.first())) {
                if (status.concept().id().equals(EXISTING)) {
                    return false;
                }
                cue = true;
            }
        }
        if (cue && furtherAfter(sentence, hit)) {
            return false;
        }
        if (month == null) {
            return cue && !pastYearBefore(sentence, hit, Integer.MAX_VALUE);
        }
        return cue && !pastYearBefore(sentence, hit, month.getYear()) && !pastMonthNear(sentence, hit, month);
    }

    /**
     * Whether a date with its month near the level falls before the article's month: "ont élevé leurs relations au
     * rang de partenariat stratégique intégral en septembre 2023" in an article of May 2024, or "en mars dernier",
     * recalls the upgrade that set the level now in place. A day of the article's own month keeps it the news.
     */
    private boolean pastMonthNear(Sentence sentence, VocabularyHit hit, YearMonth month) {
        for (DateMention date : dates.recognize(sentence)) {
            boolean near = date.end() > hit.first() - CUE_WINDOW && date.first() < hit.end() + CUE_WINDOW;
            String iso = date.month() > 0 ? date.iso(month.getYear(), month.getMonthValue()) : null;
            if (near && iso != null && iso.length() >= 7 && !iso.startsWith("-")
                    && YearMonth.parse(iso.substring(0, 7)).isBefore(month)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "porter le partenariat stratégique entre les deux pays à une nouvelle hauteur": a height the level is carried to
     * after it in its clause ({@code dkg:recallCue} of {@code dkg:PartnershipStatement}) makes it the level in place,
     * deepened, not a new one.
     */
    private boolean furtherAfter(Sentence sentence, VocabularyHit hit) {
        return further.findAll(sentence.tokens()).stream().anyMatch(m -> m.start() >= hit.end()
                && m.start() - hit.end() <= CUE_WINDOW && !commaBetween(sentence, hit.end(), m.start()));
    }

    /** A comma between a cue and the level ends the cue's clause: "hisser leurs relations, à l'image du ...". */
    private static boolean commaBetween(Sentence sentence, int from, int to) {
        return sentence.tokens().subList(from, to).stream().anyMatch(t -> t.text().equals(","));
    }

    private static boolean pastYear(Token token, int articleYear) {
        return token.text().matches("(19|20)\\d\\d") && Integer.parseInt(token.text()) < articleYear;
    }

    /**
     * Whether a year before the article's is written near the level, or in the phrase that opens its sentence ("En
     * 2018, à l'occasion de la visite de ..., les deux pays ont élevé leurs relations au niveau de ..."), which dates
     * the whole sentence.
     */
    private static boolean pastYearBefore(Sentence sentence, VocabularyHit hit, int articleYear) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < Math.min(hit.first(), OPENING_PHRASE) && !tokens.get(i).text().equals(","); i++) {
            if (pastYear(tokens.get(i), articleYear)) {
                return true;
            }
        }
        for (int i = Math.max(0, hit.first() - CUE_WINDOW); i < Math.min(tokens.size(), hit.end() + 4); i++) {
            if (pastYear(tokens.get(i), articleYear)) {
                return true;
            }
        }
        return false;
    }


}
