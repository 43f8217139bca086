package diplokg.recognize;

import static diplokg.fact.Roles.PARTY_LEADER;

import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Political parties as a role's body: a name opened by a party's head ({@code dkg:cue} of {@code role:party-leader}:
 * "Parti", "Front de libération"), or the short name an article gives such a name in parentheses ("le Front de
 * libération du Mozambique (Frelimo)" makes "le président du Frelimo" a party's leader). Part of {@link RoleReader}.
 * Thread-safe.
 */
final class PartyNames {


    private final Lexicon lexicon;
    private final PhraseTable<Boolean> heads;

    PartyNames(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.heads = lexicon.cues(lexicon.vocabulary(Scheme.ROLES).concept(PARTY_LEADER).orElseThrow());
    }

    /** The folded short names that {@code article} gives parties in parentheses after their full names. */
    Set<String> shortNames(AnnotatedArticle article) {
        Set<String> names = new HashSet<>();
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (PhraseMatch<Boolean> head : heads.findAll(tokens)) {
                int end = nameEnd(tokens, head.end());
                if (tokens.get(head.start()).isCapitalized() && OrganizationAcronyms.acronymAt(tokens, end)) {
                    names.add(tokens.get(end + 1).folded());
                }
            }
        }
        return names;
    }

    /** Whether a party's name or one of {@code shortNames} begins at token {@code i}. */
    boolean partyAt(List<Token> tokens, int i, Set<String> shortNames) {
        PhraseMatch<Boolean> head = heads.matchAt(tokens, i);
        return head != null && tokens.get(i).isCapitalized() || shortNames.contains(tokens.get(i).folded());
    }

    /** The end of a name's words after its head: capitalised words, lower-case adjectives and name linkers. */
    private int nameEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < OrganizationNameBounds.LONGEST_NAME
                && (tokens.get(k).isCapitalized() && tokens.get(k).isWord() || RoleWords.adjectival(tokens.get(k))
                || lexicon.isNameLinker(tokens.get(k).folded()) && !tokens.get(k).tag().equals("CCONJ"))) {
            k++;
        }
        return k;
    }
}
