package diplokg.recognize;

import static diplokg.fact.Roles.OFFICIAL;

import diplokg.fact.Organization;
import diplokg.fact.Stated;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Organisations named as one side of a compound that joins names by hyphens, which the tokenizer keeps as one word:
 * "la coopération ASEAN-Inde", "le mécanisme de coopération ASEAN-UE", "l'accord de libre-échange Vietnam-Union
 * européenne" (the last part's name may go on after the word). Only the international bodies the lexicon knows
 * ({@code dkg:cue} of {@code role:official}) are read there: a compound's other parts are states, cities, or pieces
 * of a longer acronym ("VCCI-HCM"), no organisations of their own. Thread-safe (no state but the lexicon).
 */
final class CompoundOrganizations {

    private final PhraseTable<Boolean> bodies;

    CompoundOrganizations(Lexicon lexicon) {
        this.bodies = lexicon.cues(lexicon.vocabulary(Scheme.ROLES).concept(OFFICIAL).orElseThrow());
    }

    /** The organisations the parts of the compound at token {@code i} name; none when it is no compound. */
    List<Stated<Organization>> at(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        List<Token> parts = parts(tokens.get(i));
        if (parts.size() < 2) {
            return List.of();
        }
        List<Token> words = new ArrayList<>(parts);
        words.addAll(tokens.subList(i + 1, tokens.size()));
        List<Stated<Organization>> found = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            PhraseMatch<Boolean> body = parts.get(p).isCapitalized() ? bodies.matchAt(words, p) : null;
            // Only the last part's name may take the words after the compound ("Vietnam-Union européenne").
            if (body != null && (body.end() <= parts.size() || p == parts.size() - 1)) {
                int start = words.get(p).start();
                int end = words.get(body.end() - 1).end();
                String name = sentence.text().substring(start - sentence.start(), end - sentence.start());
                found.add(new Stated<>(new Organization(List.of(name)), sentence.index(), start, end));
                p = body.end() - 1;
            }
        }
        return found;
    }

    /**
     * The end of the name of an international body the lexicon knows that begins at token {@code i} and that no
     * organisation cue opens ("le Sommet de la Francophonie"), or {@code i} when there is none.
     */
    int bodyEnd(List<Token> tokens, int i) {
        PhraseMatch<Boolean> body = tokens.get(i).isCapitalized() ? bodies.matchAt(tokens, i) : null;
        return body != null ? body.end() : i;
    }

    /** The parts of a capitalised word that hyphens join ("ASEAN-Inde"), each at its offsets; none for others. */
    private static List<Token> parts(Token token) {
        String text = token.text();
        if (!token.isCapitalized() || text.indexOf('-') < 0) {
            return List.of();
        }
        List<Token> parts = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == '-') {
                if (k > from) {
                    parts.add(Token.of(text.substring(from, k), token.start() + from, token.tag()));
                }
                from = k + 1;
            }
        }
        return parts;
    }
}
