package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * The chambers of national parliaments ({@code dkg:cue} of {@code role:parliament-leader}: "Bundesrat", "Sejm",
 * "Chambre législative", "Oliy Majlis") and what they make of a bare "(vice-)président(e)" who presides over one:
 * the president leads a parliament, the vice-president is one of its officers; neither is the state's head.
 * Governments ("Conseil fédéral", "Conseil des ministres") are no chambers. Part of {@link RoleReader}.
 * Thread-safe.
 */
final class ChamberChairs {

    private static final Set<String> PRESIDENCIES = Set.of("head-of-state", "vice-president");
    private static final String HEAD_OF_STATE = "head-of-state";
    private static final String PARLIAMENT_LEADER = "parliament-leader";
    private static final String OFFICIAL = "official";

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> chambers;

    ChamberChairs(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.chambers = lexicon.cues(lexicon.vocabulary(Scheme.ROLES).concept(PARLIAMENT_LEADER).orElseThrow());
    }

    /**
     * The end of a chamber's name at {@code j}, or {@code j}: a name of several capitalised words ("de l'Oliy
     * Majlis") is the body's, not the start of a person's.
     */
    int chamberEnd(List<Token> tokens, int j) {
        PhraseMatch<Boolean> chamber = chambers.matchAt(tokens, j);
        return chamber != null ? chamber.end() : j;
    }

    /**
     * The role of office {@code hit}, read as {@code role}, whose body begins at token {@code bodyAt} (-1: none):
     * {@code role:parliament-leader} for a bare "président(e)" of a chamber ("la présidente du Bundesrat"),
     * {@code role:official} for a bare "vice-président(e)" of one; {@code role} itself otherwise, and when more than
     * the words that link a name's parts stand between the office and the body ("élu président du Vietnam par
     * l'Assemblée nationale" is the head of state).
     */
    Concept chair(List<Token> tokens, PhraseMatch<Concept> hit, Concept role, int bodyAt) {
        if (bodyAt < 0 || hit.end() - hit.start() != 1 || !PRESIDENCIES.contains(role.id())
                || chambers.matchAt(tokens, bodyAt) == null || !ofBody(tokens, hit.end(), bodyAt)) {
            return role;
        }
        String chair = role.id().equals(HEAD_OF_STATE) ? PARLIAMENT_LEADER : OFFICIAL;
        return lexicon.vocabulary(Scheme.ROLES).concept(chair).orElseThrow();
    }

    /** Whether only name linkers ({@code dkg:nameLinker}: "de", "du", "de la") stand in {@code [from, bodyAt)}. */
    private boolean ofBody(List<Token> tokens, int from, int bodyAt) {
        return tokens.subList(from, bodyAt).stream()
                .allMatch(t -> !t.tag().equals("CCONJ") && lexicon.isNameLinker(t.folded()));
    }
}
