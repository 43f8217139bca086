package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sectors of cooperation or discussion: the sector vocabulary's nouns and adjectives ("commerce",
 * "coopération économique, commerciale et d'investissement").
 *
 * <p>Two kinds of hit are not sectors. A capitalised sector word inside a sentence belongs to an institution's
 * name ("ministre du Commerce", "ministère de l'Agriculture"), not to the cooperation. A sector word inside a
 * phrase of another vocabulary belongs to that phrase ("visite de travail" is a visit, not labour; "industrie de la
 * défense" is matched whole by the longest-match rule).
 */
public final class SectorRecognizer implements SentenceRecognizer<String> {

    private static final List<Scheme> OTHER_VOCABULARIES = List.of(Scheme.EVENT_TYPES, Scheme.ROLES, Scheme.LEVELS,
            Scheme.AGREEMENT_TYPES);

    private final VocabularyScanner scanner;

    public SectorRecognizer(Lexicon lexicon) {
        this.scanner = new VocabularyScanner(lexicon);
    }

    @Override
    public FactKind<String> kind() {
        return Contract.SECTORS;
    }

    /** The sector mentions of one sentence. */
    @Override
    public List<Stated<String>> recognize(Sentence sentence) {
        List<VocabularyHit> others = new ArrayList<>();
        OTHER_VOCABULARIES.forEach(scheme -> others.addAll(scanner.scan(scheme, sentence)));
        List<Stated<String>> mentions = new ArrayList<>();
        for (VocabularyHit hit : scanner.scan(Scheme.SECTORS, sentence)) {
            boolean inName = hit.first() > 0 && sentence.tokens().get(hit.first()).isCapitalized()
                    && !isAcronym(sentence.tokens().get(hit.first()).text());
            if (!inName && others.stream().noneMatch(hit::overlaps)) {
                mentions.add(hit.mention());
            }
        }
        return mentions;
    }

    private static boolean isAcronym(String text) {
        return text.length() > 1 && text.chars().allMatch(Character::isUpperCase);
    }
}
