package diplokg.lexicon;

import diplokg.nlp.Acronyms;
import diplokg.nlp.FrenchTokenizer;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases (sequences of folded tokens) mapped to values, found in token sequences longest first.
 *
 * <p>Phrases are cut by the same {@link FrenchTokenizer} as article text, and compared folded (case and accents
 * ignored), so "Chef de l'État" in a label matches "chef de l’Etat" in a text. When two phrases of different values
 * start at the same token the longest wins: "partenariat stratégique global" is never read as "partenariat global".
 * A word that a label writes as an acronym ("EAU", "RPDC") matches only a word written in capitals too: the
 * Emirates' "EAU" is not "l'eau".
 * Immutable once built; thread-safe.
 */
public final class PhraseTable<T> {

    private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();

    private final Map<String, List<Entry<T>>> byFirstToken;
    private final int size;
    private final int longest;

    private PhraseTable(Map<String, List<Entry<T>>> byFirstToken, int size, int longest) {
        this.byFirstToken = byFirstToken;
        this.size = size;
        this.longest = longest;
    }

    /** A builder; {@link Builder#build()} may be called more than once. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The number of phrases. */
    public int size() {
        return size;
    }

    /** The number of tokens of the longest phrase; 0 for an empty table. */
    public int longest() {
        return longest;
    }

    /** The longest phrase starting at token {@code index}, or {@code null}, also when {@code index} is out of range. */
    public PhraseMatch<T> matchAt(List<Token> tokens, int index) {
        if (index < 0 || index >= tokens.size()) {
            return null;
        }
        List<Entry<T>> candidates = byFirstToken.get(tokens.get(index).folded());
        if (candidates == null) {
            return null;
        }
        for (Entry<T> entry : candidates) {
            if (entry.matches(tokens, index)) {
                return new PhraseMatch<>(index, index + entry.tokens().size(), entry.value());
            }
        }
        return null;
    }

    /** Every longest, non-overlapping phrase of {@code tokens}, left to right. */
    public List<PhraseMatch<T>> findAll(List<Token> tokens) {
        List<PhraseMatch<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseMatch<T> match = matchAt(tokens, i);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.end();
            }
        }
        return matches;
    }

    /** The value of a phrase given as text, matched whole, or {@code null}. */
    public T lookup(String phrase) {
        List<Token> tokens = TOKENIZER.tokenize(phrase, 0);
        if (tokens.isEmpty()) {
            return null;
        }
        PhraseMatch<T> match = matchAt(tokens, 0);
        return match != null && match.end() == tokens.size() ? match.value() : null;
    }

    private record Entry<T>(List<String> tokens, List<Boolean> acronyms, T value) {

        boolean matches(List<Token> text, int index) {
            if (index + tokens.size() > text.size()) {
                return false;
            }
            for (int k = 0; k < tokens.size(); k++) {
                Token token = text.get(index + k);
                if (!tokens.get(k).equals(token.folded()) || acronyms.get(k) && !Acronyms.capitals(token.text())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Collects phrases; the first value given for a phrase is kept. */
    public static final class Builder<T> {

        private final Map<List<String>, T> phrases = new HashMap<>();
        private final Map<List<String>, List<Boolean>> acronyms = new HashMap<>();

        private Builder() {
        }

        /** Adds {@code phrase} for {@code value}; a blank phrase is ignored. */
        public Builder<T> add(String phrase, T value) {
            // "lors d'", "convenu qu'": an elided last word is cut as in text only before the word it leans on, so
            // a stand-in word is set after it and dropped again.
            boolean elided = !phrase.isEmpty() && FrenchTokenizer.isApostrophe(phrase.charAt(phrase.length() - 1));
            List<Token> words = TOKENIZER.tokenize(elided ? phrase + "a" : phrase, 0);
            if (elided) {
                words = words.subList(0, words.size() - 1);
            }
            List<String> tokens = words.stream().map(Token::folded).toList();
            if (!tokens.isEmpty() && phrases.putIfAbsent(tokens, value) == null) {
                acronyms.put(tokens, words.stream().map(w -> Acronyms.capitals(w.text())).toList());
            }
            return this;
        }

        public PhraseTable<T> build() {
            Map<String, List<Entry<T>>> index = new HashMap<>();
            phrases.forEach((tokens, value) ->
                    index.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
                            .add(new Entry<>(tokens, acronyms.get(tokens), value)));
            index.values().forEach(list -> list.sort(
                    Comparator.comparingInt((Entry<T> e) -> e.tokens().size()).reversed()));
            index.replaceAll((k, list) -> List.copyOf(list));
            int longest = phrases.keySet().stream().mapToInt(List::size).max().orElse(0);
            return new PhraseTable<>(Map.copyOf(index), phrases.size(), longest);
        }
    }
}
