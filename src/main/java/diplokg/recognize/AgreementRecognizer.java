package diplokg.recognize;

import diplokg.fact.Agreement;
import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the documents adopted, signed or referred to: every phrase of the agreement-type vocabulary ("déclaration
 * conjointe", "mémorandum d'entente", "accord de libre-échange"), except the phrases the ontology excludes
 * ({@code dkg:excludedPhrase} on {@code dkg:Agreement}: "d'accord", "en accord avec") unless the phrase holds the
 * excluded one whole ("protocole d'accord", "mémorandum d'accord").
 *
 * <p>The document's name runs from the phrase over its complement, up to a verb or a punctuation mark. The pair is
 * the two states the name gives ("accord de libre-échange Vietnam - Chili"), or the home state and the one state it
 * gives; none when the name holds an organisation ("... entre le Vietnam et l'Union européenne") or is a proper name
 * with an acronym and no state ("Accord de partenariat économique régional global (RCEP)"), or when its parties
 * are called members or signatories of it right next to its name ({@code dkg:cue} of {@code dkg:Agreement}: "membres
 * de l'Accord de partenariat transpacifique", "les accords de libre-échange auxquels le Vietnam participe"): such
 * documents are multilateral. Otherwise the pair is located like partnerships' and targets' ({@link PairLocator}).
 * One item per (type, pair).
 */
public final class AgreementRecognizer implements Recognizer<Agreement> {

    private static final int LONGEST_NAME = 15;
    /** How many tokens before a document's name ("membres de l'") and after it ("auxquels le pays participe"). */
    private static final int MEMBERSHIP_BEFORE = 3;
    private static final int MEMBERSHIP_AFTER = 4;
    private static final Set<String> NAME_TAGS = Set.of("NOUN", "ADJ", "PROPN", "DET", "ADP", "ADP+DET", "CCONJ",
            "NUM", "X");

    private final VocabularyScanner scanner;
    private final PhraseTable<Boolean> excluded;
    private final PhraseTable<Boolean> membership;
    private final PairLocator locator;
    private final String home;

    public AgreementRecognizer(Lexicon lexicon, String home) {
        this.scanner = new VocabularyScanner(lexicon);
        this.excluded = lexicon.excludedPhrases(CueKind.AGREEMENT);
        this.membership = lexicon.cues(CueKind.AGREEMENT);
        this.locator = new PairLocator(home);
        this.home = home;
    }

    @Override
    public FactKind<Agreement> kind() {
        return Contract.AGREEMENTS;
    }

    /** The agreements of the article; must run after states, pairs and organisations are found. */
    @Override
    public List<Stated<Agreement>> recognize(ArticleFacts facts) {
        Map<Agreement, Stated<Agreement>> found = new LinkedHashMap<>();
        List<String> organizations = facts.facts(Contract.ORGANIZATIONS).stream()
                .flatMap(o -> o.names().stream()).map(TextFolder::key).toList();
        for (Sentence sentence : facts.source().sentences()) {
            List<PhraseMatch<Boolean>> exclusions = excluded.findAll(sentence.tokens());
            for (VocabularyHit hit : scanner.scan(Scheme.AGREEMENT_TYPES, sentence)) {
                // "protocole d'accord" holds the excluded "d'accord" whole: the longer phrase is the document's.
                if (exclusions.stream().noneMatch(x -> x.start() < hit.end() && hit.first() < x.end()
                        && !(hit.first() <= x.start() && x.end() <= hit.end()))) {
                    Agreement agreement = new Agreement(hit.concept().id(), pair(facts, hit, organizations));
                    found.putIfAbsent(agreement, hit.stated(agreement));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private StatePair pair(ArticleFacts facts, VocabularyHit hit, List<String> organizations) {
        Sentence sentence = hit.sentence();
        List<Token> tokens = sentence.tokens();
        int end = nameEnd(tokens, hit.end());
        int from = hit.start();
        int to = tokens.get(end - 1).end();
        List<String> states = facts.get(Contract.STATES).stream()
                .filter(m -> m.sentence() == sentence.index() && m.start() >= from && m.end() <= to)
                .map(Stated::fact).distinct().toList();
        String name = " " + TextFolder.key(sentence.text().substring(from - sentence.start(), to - sentence.start()))
                + " ";
        boolean organization = organizations.stream().anyMatch(o -> !o.isEmpty() && name.contains(" " + o + " "));
        if (states.size() >= 2) {
            return StatePair.of(states.get(0), states.get(1));
        }
        if (organization || states.isEmpty() && properNameWithAcronym(tokens, hit.first(), end)
                || ofMembers(tokens, hit.first(), end)) {
            return null;
        }
        if (states.size() == 1 && !states.get(0).equals(home)) {
            return StatePair.of(home, states.get(0));
        }
        return locator.locate(facts, sentence.index(), hit.start()).orElse(null);
    }

    /** Whether a membership cue is written next to the document's name {@code [first, end)}. */
    private boolean ofMembers(List<Token> tokens, int first, int end) {
        int from = Math.max(0, first - MEMBERSHIP_BEFORE);
        int to = Math.min(tokens.size(), end + MEMBERSHIP_AFTER);
        return !membership.findAll(tokens.subList(from, to)).isEmpty();
    }

    /** The token after a document's name: its complement runs over nouns, adjectives, names and linking words. */
    private static int nameEnd(List<Token> tokens, int from) {
        int end = from;
        for (int j = from; j < tokens.size() && j - from < LONGEST_NAME; j++) {
            Token token = tokens.get(j);
            boolean bracket = token.text().equals("(") || token.text().equals(")") || token.text().equals("-");
            if (!NAME_TAGS.contains(token.tag()) && !bracket) {
                break;
            }
            end = j + 1;
        }
        return end;
    }

    /** "Accord de partenariat transpacifique global et progressiste (CPTPP)": a capitalised name and its acronym. */
    private static boolean properNameWithAcronym(List<Token> tokens, int first, int end) {
        if (!tokens.get(first).isCapitalized()) {
            return false;
        }
        for (int j = first + 1; j + 1 < end; j++) {
            String text = tokens.get(j).text();
            if (tokens.get(j - 1).text().equals("(") && text.length() > 1
                    && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }
}
