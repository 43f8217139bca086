package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Organization;
import diplokg.fact.Stated;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds organisations (international organisations, parties, companies, associations, media) with every name the
 * article gives them.
 *
 * <p>A name starts at a capitalised cue of {@code dkg:Organization} ("Union européenne", "Association d'amitié
 * Vietnam - Russie", "Parti communiste du Vietnam") or follows a lower-case one ("l'agence Yonhap", "le groupe
 * Viettel"), and runs over capitalised words, lower-case adjectives, and nouns joined by the name linkers
 * ("Union des organisations d'amitié du Vietnam"). An acronym in parentheses after a name is the same organisation
 * ("Union économique eurasiatique (UEEA)"); an acronym alone is an organisation unless the vocabularies or the states
 * know it as something else ("IA", "USD", "RDC"), or the article defines it as another body's, a document's or a
 * meeting's ("Déclaration sur la conduite des parties (DOC)"). Ministries, embassies and committees have no cue, so
 * they are never organisations, nor are the bodies a cue opens whose longer phrase the ontology lists as no
 * organisation ("groupe parlementaire d'amitié", "groupe de travail").
 *
 * <p>This class reads one name at a token and records it; {@link OrganizationNameBounds} finds where a name ends,
 * {@link OrganizationAcronyms} what an acronym stands for, {@link CoordinatedOrganizations} the names listed beside
 * one, and {@link OrganizationNames} which names are one organisation.
 */
public final class OrganizationRecognizer implements Recognizer<Organization> {

    private static final List<String> FUNCTION_TAGS = List.of("ADP", "DET", "PRON", "ADV", "CCONJ", "SCONJ");

    private final PhraseTable<Boolean> cues;
    private final PhraseTable<Boolean> otherBodies;
    private final OrganizationNames organizations;
    private final OrganizationAcronyms acronyms;
    private final OrganizationNameBounds bounds;
    private final CoordinatedOrganizations coordination;
    private final CompoundOrganizations compounds;

    public OrganizationRecognizer(Lexicon lexicon) {
        this.cues = lexicon.cues(CueKind.ORGANIZATION);
        this.otherBodies = lexicon.excludedPhrases(CueKind.ORGANIZATION);
        this.organizations = new OrganizationNames(lexicon);
        this.acronyms = new OrganizationAcronyms(lexicon);
        this.bounds = new OrganizationNameBounds(lexicon, acronyms);
        this.coordination = new CoordinatedOrganizations(bounds, acronyms, organizations);
        this.compounds = new CompoundOrganizations(lexicon);
    }

    @Override
    public FactKind<Organization> kind() {
        return Contract.ORGANIZATIONS;
    }

    @Override
    public List<Stated<Organization>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        List<Stated<Organization>> found = new ArrayList<>();
        Set<String> otherAcronyms = new java.util.HashSet<>();
        // The international bodies named with no organisation cue ("le Sommet de la Francophonie").
        Set<String> bodies = new java.util.HashSet<>();
        List<List<String>> people = facts.facts(Contract.OFFICIALS).stream()
                .map(o -> List.of(TextFolder.key(o.name()).split(" "))).toList();
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = sentence.tokens();
            List<int[]> spans = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                if (OrganizationAcronyms.inCapitals(tokens, i)) {
                    // "MESSAGE DE CONDOLÉANCES DU PARTI ...": in a line written in capitals no word's case tells a
                    // name or an acronym.
                    i++;
                    continue;
                }
                int end = readAt(sentence, i, found, people, spans);
                int known = end == i ? knownNameAt(tokens, i, found) : i;
                if (known > i) {
                    // "Safran et General Electric" after "les groupes EDF, Bouygues et Safran": a name the article
                    // gave an organisation before is one again, and the names coordinated with it too.
                    spans.add(new int[] {i, known});
                    i = known;
                } else if (end == i && acronyms.definedAcronymAt(tokens, i) > i) {
                    // "Accord de partenariat transpacifique global et progressiste (CPTPP)": not an organisation.
                    otherAcronyms.add(tokens.get(i + 1).text());
                    i = acronyms.definedAcronymAt(tokens, i);
                } else {
                    if (end == i) {
                        compounds.at(sentence, i).forEach(o -> organizations.add(found, o));
                        end = bounds.inAgreementName(tokens, i) ? i : compounds.bodyEnd(tokens, i);
                        if (end > i) {
                            bodies.add(OrganizationNames.text(sentence, i, end));
                            end = record(sentence, i, end, found, spans);
                        }
                    }
                    i = Math.max(end, i + 1);
                }
            }
            coordination.coordinated(sentence, spans, found, people);
        }
        return OrganizationNames.withoutShortenedNames(
                found.stream().filter(o -> !otherAcronyms.containsAll(o.fact().names()))
                        .filter(o -> !bodies.containsAll(o.fact().names()) || !OrganizationNames.endsAnother(o, found))
                        .toList());
    }

    /** Reads an organisation at token {@code i}; returns the token after it, or {@code i} when there is none. */
    private int readAt(Sentence sentence, int i, List<Stated<Organization>> found, List<List<String>> people,
            List<int[]> spans) {
        List<Token> tokens = sentence.tokens();
        PhraseMatch<Boolean> cue = cues.matchAt(tokens, i);
        PhraseMatch<Boolean> otherBody = otherBodies.matchAt(tokens, i);
        if (cue != null && otherBody != null && otherBody.end() > cue.end()) {
            // "groupe parlementaire d'amitié Vietnam - Russie", "Groupe de travail": a cue that opens the longer
            // phrase of a body that is no organisation (dkg:excludedPhrase) names that body; an organisation named
            // inside it ("Communauté de l'ASEAN") is still read.
            return cue.end();
        }
        if (cue == null && otherBody != null) {
            // "Comité du Parti de Hanoï": a party committee, no organisation, whatever cue its phrase holds.
            return otherBody.end();
        }
        int start = -1;
        int end = i;
        int company = cue == null ? bounds.nameAfterNationality(tokens, i, people) : -1;
        if (company > i) {
            // "du japonais Idemitsu", "l'américain Boeing": a state's adjective used as a noun names a company.
            int after = record(sentence, company, bounds.capitalisedRun(tokens, company, people), found, spans);
            // "Petrovietnam et du japonais Idemitsu": the determiner and the adjective open the phrase that a
            // name before it is coordinated with.
            spans.get(spans.size() - 1)[0] = i - 1;
            return after;
        } else if (cue != null && tokens.get(i).isCapitalized() && !acronyms.isStateAt(tokens, i)) {
            if (bounds.inAgreementName(tokens, i)) {
                return bounds.extent(tokens, cue.end(), people);
            }
            if (acronyms.abbreviatesField(tokens, i)) {
                // "la ministre malaisienne des Industries primaires": a ministry's field, whatever its words.
                return i;
            }
            start = i;
            end = bounds.placeBeforeAcronym(tokens, bounds.extent(tokens, cue.end(), people));
            boolean acronym = OrganizationAcronyms.acronymAt(tokens, end);
            // "Parti du Vietnam" is a role's context, but a cue of several words is a name's head of its own:
            // "Chambre de commerce de la RPDC" is that state's chamber.
            boolean oneWordCue = cue.end() - cue.start() == 1;
            if (!acronym && oneWordCue && (end == cue.end() || bounds.onlyStatesAfterCue(tokens, cue.end(), end))) {
                return i;
            }
        } else if (cue != null && !tokens.get(i).isCapitalized()) {
            int listEnd = coordination.listAfterPluralCue(sentence, i, cue.end(), found, people, spans);
            if (listEnd > i) {
                return listEnd;
            }
            start = bounds.nameAfterLowerCaseCue(tokens, cue.end());
            if (start < 0) {
                return i;
            }
            end = bounds.extent(tokens, start + 1, people);
        } else if (acronyms.namesOrganizationAt(tokens, i)) {
            start = i;
            end = i + 1;
            // "DP World": capitalised words after an acronym continue the name.
            while (end < tokens.size() && bounds.plainName(tokens, end, people)) {
                end++;
            }
        } else if (cue == null && tokens.get(i).isCapitalized() && tokens.get(i).isWord()
                && FUNCTION_TAGS.stream().noneMatch(tokens.get(i).tag()::startsWith)) {
            end = bounds.capitalisedRun(tokens, i, people);
            PhraseMatch<Boolean> after = end < tokens.size() ? cues.matchAt(tokens, end) : null;
            if (end > i && after != null && tokens.get(end).isCapitalized() && !acronyms.isStateAt(tokens, end)
                    && after.end() - after.start() == 1) {
                // "Hengyi Industries", "Vietnam Airlines": a company word closing capitalised words. Such a name
                // is written the English way and ends there, but for capitalised words: "FLC Group pour
                // l'acquisition de..." goes on with the sentence, not the name.
                start = i;
                end = bounds.capitalisedRun(tokens, after.end(), people);
            } else if (end > i && bounds.appositiveCueAt(tokens, end) && !bounds.placeAt(tokens, i)) {
                // "Movitel, filiale du groupe Viettel": a company cue in apposition after a name; not after a
                // place ("sa visite en France, le groupe X a signé"), which no cue describes.
                start = i;
            } else if (end == i + 1 && bounds.brandAlone(tokens, i, people)) {
                // "le vaccin AstraZeneca", "entre PetroVietnam et ...": a brand alone is a company's name.
                start = i;
            } else {
                return i;
            }
        }
        return start < 0 ? i : record(sentence, start, end, found, spans);
    }

    private static boolean sameInitial(Token word, Token acronym) {
        return TextFolder.fold(word.text()).charAt(0) == TextFolder.fold(acronym.text()).charAt(0);
    }

    /** The end of a capitalised name of an organisation found before, written from token {@code i}; else {@code i}. */
    private static int knownNameAt(List<Token> tokens, int i, List<Stated<Organization>> found) {
        if (!tokens.get(i).isCapitalized()) {
            return i;
        }
        int best = i;
        for (Stated<Organization> organization : found) {
            for (String name : organization.fact().names()) {
                String key = TextFolder.key(name);
                StringBuilder written = new StringBuilder();
                for (int j = i; j < tokens.size() && written.length() < key.length(); j++) {
                    String word = TextFolder.key(tokens.get(j).text());
                    written.append(written.isEmpty() || word.isEmpty() ? "" : " ").append(word);
                    if (written.toString().equals(key) && j + 1 > best) {
                        best = j + 1;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Records the organisation named by tokens {@code [start, end)}, with the acronym or the full name written in
     * parentheses after it; returns the token after all it read.
     */
    private int record(Sentence sentence, int start, int end, List<Stated<Organization>> found, List<int[]> spans) {
        List<Token> tokens = sentence.tokens();
        Set<String> names = new LinkedHashSet<>();
        names.add(OrganizationNames.text(sentence, start, end));
        int spelledOut = end - start == 1 ? acronyms.spelledOutAt(tokens, end) : end;
        if (spelledOut > end) {
            names.add(OrganizationNames.text(sentence, end + 1, spelledOut - 1));
            end = spelledOut;
        } else if (end - start > 1 && end + 2 < tokens.size() && tokens.get(end).text().equals("(")
                && tokens.get(end + 2).text().equals(")") && tokens.get(end + 1).isCapitalized()
                && (!acronyms.agreementBefore(tokens, start) || sameInitial(tokens.get(start), tokens.get(end + 1)))) {
            // "un accord de libre-échange avec le Marché commun du Sud (MERCOSUR)": an acronym that begins as the
            // name does is the name's, though an agreement is written before it; "l'accord de libre-échange
            // Vietnam - Union européenne (EVFTA)" is the agreement's.
            names.add(tokens.get(end + 1).text());
            end += 3;
        }
        spans.add(new int[] {start, end});
        organizations.add(found, Evidence.words(new Organization(new ArrayList<>(names)), sentence, start, end));
        return end;
    }
}
