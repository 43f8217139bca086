package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.Acronyms;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the sectors of cooperation or discussion: the sector vocabulary's nouns and adjectives ("commerce",
 * "coopération économique, commerciale et d'investissement").
 *
 * <p>Three kinds of hit are not sectors. A capitalised sector word inside a sentence belongs to an institution's
 * name ("ministre du Commerce", "ministère de l'Agriculture"), not to the cooperation. A sector word inside a
 * phrase of another vocabulary belongs to that phrase ("visite de travail" is a visit, not labour; "industrie de la
 * défense" is matched whole by the longest-match rule). A sector word inside a fixed phrase that means something
 * else, listed as {@code dkg:excludedPhrase} of {@code dkg:Sector} ("climat des affaires", "groupe de travail",
 * "Conseil de sécurité"), is no domain of cooperation. A sector word in an organisation's name ("Parti des
 * travailleurs", "Organisation mondiale de la santé") names the organisation, not a domain its parties cooperate in;
 * so does one in a name whose acronym follows in brackets ("Forum de coopération économique Asie-Pacifique (APEC)"),
 * unless the name is an agreement's. A lower-case compound of sector words ("défense-sécurité") names each of them.
 */
public final class SectorRecognizer implements SentenceRecognizer<String> {

    /** The tags of the words that may join a sector word to a condition's word in one noun phrase. */
    private static final Set<String> LINKING_TAGS = Set.of("DET", "ADP", "ADP+DET", "CCONJ", "ADJ", "PROPN");
    private static final String COMMA = ",";
    private static final String HYPHEN = "-";
    private static final String OPENING_BRACKET = "(";
    /** The tags that open a noun phrase: articles and possessives, alone or after a preposition ("des", "du"). */
    private static final Set<String> DETERMINERS = Set.of("DET", "ADP+DET");
    private static final int LONGEST_LINK = 8;
    /** The preposition that opens a noun's complement: "de", "d'", "du", "des". */
    private static final Pattern OF = Pattern.compile("(?i)d(?:e|u|es|['’])");

    private static final List<Scheme> OTHER_VOCABULARIES = List.of(Scheme.EVENT_TYPES, Scheme.ROLES, Scheme.LEVELS,
            Scheme.AGREEMENT_TYPES);

    private final Lexicon lexicon;
    private final VocabularyScanner scanner;
    private final PhraseTable<Boolean> excluded;
    private final PhraseTable<Boolean> conditions;
    private final PhraseTable<Boolean> organizations;
    private final PhraseTable<Boolean> policies;
    /** "ministère" ({@code dkg:frameCue} of {@code dkg:Sector}): a noun whose name holds a portfolio. */
    private final PhraseTable<Boolean> ministries;

    public SectorRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.scanner = new VocabularyScanner(lexicon);
        this.excluded = lexicon.excludedPhrases(CueKind.SECTOR);
        this.conditions = lexicon.cues(CueKind.SECTOR);
        this.organizations = lexicon.cues(CueKind.ORGANIZATION);
        this.policies = lexicon.policyCues(CueKind.SECTOR);
        this.ministries = lexicon.frameCues(CueKind.SECTOR);
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
        List<VocabularyHit> agreements = scanner.scan(Scheme.AGREEMENT_TYPES, sentence);
        List<PhraseMatch<Boolean>> fixed = excluded.findAll(sentence.tokens());
        List<PhraseMatch<Boolean>> conditionWords = conditions.findAll(sentence.tokens());
        List<Stated<String>> mentions = new ArrayList<>();
        List<VocabularyHit> portfolios = new ArrayList<>();
        for (VocabularyHit hit : scanner.scan(Scheme.SECTORS, sentence)) {
            boolean inName = hit.first() > 0 && sentence.tokens().get(hit.first()).isCapitalized()
                    && !Acronyms.capitals(sentence.tokens().get(hit.first()).text());
            boolean inFixedPhrase = fixed.stream().anyMatch(p -> p.start() <= hit.first() && hit.end() <= p.end());
            if (inName && !inFixedPhrase && inMinistry(sentence.tokens(), hit)) {
                portfolios.add(hit);
            }
            boolean ofCondition = conditionWords.stream().anyMatch(c -> linked(sentence.tokens(), hit, c));
            if (!inName && !inFixedPhrase && !ofCondition && !inOrganizationName(sentence.tokens(), hit)
                    && !namesPolicy(sentence.tokens(), hit) && !inAbbreviatedName(sentence.tokens(), hit, agreements)
                    && others.stream().noneMatch(o -> inOther(hit, o))) {
                mentions.add(hit.mention());
            }
        }
        mentions.addAll(compounds(sentence));
        if (mentions.isEmpty()) {
            mentions.addAll(sharedPortfolios(portfolios));
        }
        return mentions;
    }

    /**
     * The portfolio two ministries of a sentence share, when the sentence names no domain of its own: "un protocole
     * de coopération entre le ministère vietnamien des Transports et le ministère mongol des Transports" is
     * cooperation in transport, though a capitalised word of a name is otherwise no sector. When the sentence names
     * the domain ("la coopération touristique entre le ministère de la Culture et du Tourisme et ..."), the
     * ministries' other portfolios are not the cooperation's.
     */
    private static List<Stated<String>> sharedPortfolios(List<VocabularyHit> portfolios) {
        Map<String, List<VocabularyHit>> byConcept = new LinkedHashMap<>();
        portfolios.forEach(h -> byConcept.computeIfAbsent(h.mention().fact(), c -> new ArrayList<>()).add(h));
        return byConcept.values().stream().filter(hits -> hits.size() >= 2).map(hits -> hits.get(0).mention())
                .toList();
    }

    /**
     * Whether a capitalised sector hit is a portfolio in a ministry's name: a ministry's noun ({@code dkg:frameCue})
     * opens a name that runs to it over name linkers, adjectives, commas and capitalised words ("ministère vietnamien
     * de la Culture, des Sports et du Tourisme").
     */
    private boolean inMinistry(List<Token> tokens, VocabularyHit hit) {
        for (int k = hit.first() - 1; k >= 0 && hit.first() - k <= LONGEST_LINK; k--) {
            if (ministries.matchAt(tokens, k) != null) {
                return true;
            }
            Token token = tokens.get(k);
            boolean inside = lexicon.isNameLinker(token.folded()) || token.text().equals(COMMA)
                    || token.tag().equals("ADJ") || token.isCapitalized() && token.isWord();
            if (!inside) {
                return false;
            }
        }
        return false;
    }

    /**
     * The sectors of lower-case compounds whose every part is a sector word: "défense-sécurité" is defense and
     * security, "économie-commerce" economy and trade. A compound with any other part ("socio-économique",
     * "Asie-Pacifique") names no sector.
     */
    private List<Stated<String>> compounds(Sentence sentence) {
        PhraseTable<Concept> sectors = lexicon.vocabulary(Scheme.SECTORS).phrases();
        List<Stated<String>> mentions = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            String[] parts = token.text().split(HYPHEN);
            if (parts.length < 2 || token.isCapitalized()) {
                continue;
            }
            List<Concept> named = new ArrayList<>();
            for (String part : parts) {
                Concept concept = part.isEmpty() ? null : sectors.lookup(part);
                if (concept == null) {
                    named.clear();
                    break;
                }
                named.add(concept);
            }
            named.forEach(c -> mentions.add(new Stated<>(c.id(), sentence.index(), token.start(), token.end())));
        }
        return mentions;
    }

    /**
     * Whether a sector hit belongs to another vocabulary's phrase: it shares a token with it, and is not the longer
     * phrase that holds it whole ("visites de haut niveau" is the sector; "visite de travail" is a visit). A phrase
     * both vocabularies hold whole is both: "consultation politique" is a conference and politics.
     */
    private static boolean inOther(VocabularyHit hit, VocabularyHit other) {
        boolean holds = hit.first() <= other.first() && other.end() <= hit.end();
        return hit.overlaps(other) && !holds;
    }

    /**
     * Whether a sector hit is part of an organisation's name: a capitalised cue of {@code dkg:Organization} holds it
     * ("Chambre de commerce") or opens a name that runs to it over name linkers and lower-case nouns and adjectives
     * ("Parti des travailleurs"). A conjunction ends the name ("les relations entre le Parti et l'économie") unless
     * it joins two lower-case nouns of the name ("Chambre de commerce et d'industrie").
     */
    private boolean inOrganizationName(List<Token> tokens, VocabularyHit hit) {
        for (int k = hit.first(); k >= 0 && hit.first() - k <= LONGEST_LINK; k--) {
            Token token = tokens.get(k);
            PhraseMatch<Boolean> cue = token.isCapitalized() ? organizations.matchAt(tokens, k) : null;
            if (cue != null && k < hit.first()) {
                return true;
            }
            boolean inside = k == hit.first() || lexicon.isNameLinker(token.folded()) && !token.tag().equals("CCONJ")
                    || !token.isCapitalized() && (token.tag().equals("NOUN") || token.tag().equals("ADJ"))
                    || token.tag().equals("CCONJ") && k > 0 && lowerCaseNoun(tokens.get(k - 1));
            if (!inside) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a sector hit is a policy noun ({@code dkg:policyCue}) used as a state's policy: a determiner opens it,
     * perhaps over one adjective ("la politique", "de nouvelles politiques"), and a complement or an adjective follows
     * it ("la politique de la France", "sa politique globale envers la région", "les politiques budgétaires"). The
     * domain stands alone: ended by a comma, a conjunction or the sentence ("dans la politique, la défense et ...").
     */
    private boolean namesPolicy(List<Token> tokens, VocabularyHit hit) {
        PhraseMatch<Boolean> noun = policies.matchAt(tokens, hit.first());
        if (noun == null || noun.end() != hit.end() || hit.end() >= tokens.size()) {
            return false;
        }
        int before = hit.first() - 1;
        if (before >= 0 && tokens.get(before).tag().equals("ADJ")) {
            before--;
        }
        String next = tokens.get(hit.end()).tag();
        return before >= 0 && DETERMINERS.contains(tokens.get(before).tag())
                && (next.equals("ADP") || next.equals("ADP+DET") || next.equals("ADJ"));
    }

    /**
     * Whether a sector hit belongs to a name whose acronym follows it in brackets, over name words only (adjectives,
     * proper nouns, capitalised words, name linkers): "Forum de coopération économique Asie-Pacifique (APEC)", "cadre
     * économique indo-pacifique (IPEF)" name a body or a framework, not a domain the parties cooperate in. An
     * agreement's name does give its domain ("Accord de protection des investissements Vietnam-UE (EVIPA)"): a hit
     * that an agreement's phrase precedes closely stays a sector.
     */
    private boolean inAbbreviatedName(List<Token> tokens, VocabularyHit hit, List<VocabularyHit> agreements) {
        if (agreements.stream().anyMatch(o -> o.end() <= hit.first() && hit.first() - o.end() <= LONGEST_LINK)) {
            return false;
        }
        for (int k = hit.end(); k < tokens.size() && k - hit.end() <= LONGEST_LINK; k++) {
            Token token = tokens.get(k);
            if (token.text().equals(OPENING_BRACKET)) {
                return k + 1 < tokens.size() && Acronyms.capitals(tokens.get(k + 1).text().split(HYPHEN)[0]);
            }
            boolean nameWord = token.isCapitalized() || token.tag().equals("ADJ") || token.tag().equals("PROPN")
                    || lexicon.isNameLinker(token.folded()) && !token.tag().equals("CCONJ");
            if (!nameWord) {
                return false;
            }
        }
        return false;
    }

    private static boolean lowerCaseNoun(Token token) {
        return !token.isCapitalized() && token.tag().equals("NOUN");
    }

    /**
     * Whether a condition's word and a sector hit are in one noun phrase: only linking words lie between them, and
     * few ("la prospérité et la sécurité", "les acquis du pays dans son travail"); a noun, a verb or a full stop
     * between them ("la paix et la coopération dans l'économie") ends the phrase.
     */
    private static boolean linked(List<Token> tokens, VocabularyHit hit, PhraseMatch<Boolean> condition) {
        int from = condition.end() <= hit.first() ? condition.end() : hit.end();
        int to = condition.end() <= hit.first() ? hit.first() : condition.start();
        if (to < from || to - from > LONGEST_LINK || complementOf(tokens, condition, hit)) {
            return false;
        }
        return tokens.subList(from, to).stream()
                .allMatch(t -> LINKING_TAGS.contains(t.tag()) || t.text().equals(COMMA));
    }

    /**
     * Whether a sector hit is the complement that a condition's word opens, alone after its preposition: "la
     * situation des échanges commerciaux" is the state of a domain the parties discuss, not a state's condition
     * ("la situation politique et économique du pays" is one).
     */
    private static boolean complementOf(List<Token> tokens, PhraseMatch<Boolean> condition, VocabularyHit hit) {
        int k = condition.end();
        if (k >= hit.first() || !OF.matcher(tokens.get(k).text()).matches()) {
            return false;
        }
        k++;
        if (k < hit.first() && DETERMINERS.contains(tokens.get(k).tag())) {
            k++;
        }
        return k == hit.first();
    }
}
