package diplokg.recognize;

import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Acronyms;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The name of one document of a sentence: an agreement-type phrase and its complement, tokens {@code [first, end)}
 * of the hit's sentence, and the document's type.
 *
 * <p>The complement runs over nouns, adjectives, names, linking words and brackets, and over a participle followed by
 * the parties' preposition ({@code dkg:partnerCue} of {@code dkg:Agreement}: "l'accord conclu entre le Vietnam et
 * l'UE"). A phrase of the vocabulary inside that complement, after a preposition or a bracket, is part of the same
 * name, and gives a generic "accord" its more precise type ("Accord global et progressif de partenariat
 * transpacifique (CPTPP)" is one free trade agreement); one after a determiner, a number or a conjunction starts
 * another document ("l'AANZFTA et l'Accord ...") and ends the name before it.
 */
record DocumentName(VocabularyHit hit, String type, int end) {

    /** The vocabulary's id of a document of no more precise type. */
    static final String GENERIC = "agreement";

    private static final int LONGEST_NAME = 15;
    private static final Set<String> NAME_TAGS = Set.of("NOUN", "ADJ", "PROPN", "DET", "ADP", "ADP+DET", "CCONJ",
            "NUM", "X");
    /** The tags of the words after which a phrase belongs to the name it is in ("de", "d'"). */
    private static final Set<String> INNER_TAGS = Set.of("ADP");
    /** The tags of the words that introduce a document after another's name ("et l'", "et deux"). */
    private static final Set<String> INTRODUCING_TAGS = Set.of("DET", "ADP", "ADP+DET", "CCONJ", "NUM");
    private static final Set<String> BRACKETS = Set.of("(", ")", "-");

    /** The documents the hits of one sentence name, left to right. */
    static List<DocumentName> of(List<VocabularyHit> hits, PhraseTable<Boolean> partners) {
        List<DocumentName> names = new ArrayList<>();
        int i = 0;
        while (i < hits.size()) {
            VocabularyHit hit = hits.get(i);
            List<Token> tokens = hit.sentence().tokens();
            int end = nameEnd(tokens, hit.end(), partners);
            String type = hit.concept().id();
            int j = i + 1;
            for (; j < hits.size() && hits.get(j).first() < end; j++) {
                VocabularyHit inner = hits.get(j);
                if (!isInner(tokens, inner.first())) {
                    end = trimmed(tokens, hit.end(), inner.first());
                    break;
                }
                if (type.equals(GENERIC)) {
                    type = inner.concept().id();
                }
            }
            names.add(new DocumentName(hit, type, Math.max(end, hit.end())));
            i = j;
        }
        return names;
    }

    int first() {
        return hit.first();
    }

    List<Token> tokens() {
        return hit.sentence().tokens();
    }

    /** The name's text, folded. */
    String folded() {
        int from = tokens().get(first()).start() - hit.sentence().start();
        int to = tokens().get(end - 1).end() - hit.sentence().start();
        return TextFolder.key(hit.sentence().text().substring(from, to));
    }

    /**
     * What tells this document from others of its type when it has no pair: its acronym ("(CPTPP)", the phrase
     * itself when it is one, or the organisation's after a state and a hyphen: "Vietnam-UEEA"), else its name when
     * capitalised (a proper name), else nothing (a generic mention).
     */
    String identity() {
        List<Token> tokens = tokens();
        for (int j = first(); j < end; j++) {
            boolean named = j == first() || tokens.get(j - 1).text().equals("(");
            if (named && Acronyms.capitalLetters(tokens.get(j).text())) {
                return tokens.get(j).folded();
            }
            // "l'accord de libre-échange Vietnam-UEEA" is the "... Union économique eurasiatique (UEEA)".
            String acronym = hyphenatedAcronym(tokens.get(j).text());
            if (!acronym.isEmpty()) {
                return TextFolder.key(acronym);
            }
        }
        return tokens.get(first()).isCapitalized() ? folded() : "";
    }

    /** Whether the phrase itself is an acronym ("CPTPP", "RCEP"). */
    boolean isAcronym() {
        return hit.end() - hit.first() == 1 && Acronyms.capitalLetters(tokens().get(first()).text());
    }

    /**
     * The acronym glued by a hyphen to the end of a compound ("UEEA" in "Vietnam-UEEA"), or "" when the word is no
     * such compound.
     */
    static String hyphenatedAcronym(String text) {
        String part = text.substring(text.lastIndexOf('-') + 1);
        return text.indexOf('-') > 0 && Acronyms.capitalLetters(part) ? part : "";
    }

    private static boolean isInner(List<Token> tokens, int first) {
        Token before = tokens.get(first - 1);
        return INNER_TAGS.contains(before.tag()) || before.text().equals("(");
    }

    /** The name's end before a document that starts at {@code next}: without the words that introduce that one. */
    private static int trimmed(List<Token> tokens, int from, int next) {
        int end = next;
        while (end > from && (INTRODUCING_TAGS.contains(tokens.get(end - 1).tag())
                || tokens.get(end - 1).text().equals(","))) {
            end--;
        }
        return end;
    }

    /** The token after a document's name: its complement runs over nouns, adjectives, names and linking words. */
    private static int nameEnd(List<Token> tokens, int from, PhraseTable<Boolean> partners) {
        int end = from;
        for (int j = from; j < tokens.size() && j - from < LONGEST_NAME; j++) {
            Token token = tokens.get(j);
            boolean participle = token.tag().equals("VERB") && partners.matchAt(tokens, j + 1) != null;
            if (!NAME_TAGS.contains(token.tag()) && !BRACKETS.contains(token.text()) && !participle) {
                break;
            }
            end = j + 1;
        }
        return end;
    }
}
