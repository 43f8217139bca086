package diplokg.recognize;

import static diplokg.fact.Roles.HEAD_OF_STATE;
import static diplokg.fact.Roles.OFFICIAL;
import static diplokg.fact.Roles.PARLIAMENT_LEADER;
import static diplokg.fact.Roles.PARTY_LEADER;
import static diplokg.fact.Roles.VICE_PRESIDENT;

import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads role phrases: a phrase of the role vocabulary, then what completes it — a state adjective ("président
 * vietnamien"), a state after a preposition ("du Pérou", "de Russie"), an institution ("du Conseil des ministres",
 * "des Affaires étrangères", "de la Défense"). The first state named is the one served: in "ambassadeur de Russie au
 * Vietnam" Russia, not the country of posting. Thread-safe.
 */
final class RoleReader {

    private static final Set<String> PRESIDENCIES = Set.of(HEAD_OF_STATE, VICE_PRESIDENT);
    /** Words between a body and a possessive after it that may tell another owner of the office. */
    private static final Set<String> OWNER_TAGS = Set.of("NOUN", "PROPN", "AUX");
    /** An elided word: one lower-case letter and an apostrophe ("d’", "l'"). */
    private static final Pattern ELIDED = Pattern.compile("\\p{Ll}['’]");
    /** The tag of a word of another language than French. */
    private static final String FOREIGN_TAG = "X";


    private final Lexicon lexicon;
    /** The federated and regional entities ({@code dkg:cue} of {@code dkg:Role}). */
    private final PhraseTable<Boolean> federated;
    private final PhraseTable<Boolean> organizations;
    /**
     * The chambers of national parliaments ({@code dkg:cue} of {@code role:parliament-leader}: "Sénat", "Bundesrat",
     * "Chambre législative", "Oliy Majlis"). Governments ("Conseil fédéral", "Conseil des ministres") are none.
     */
    private final PhraseTable<Boolean> chambers;
    private final PartyNames parties;
    /** The international bodies whose officers serve no state ({@code dkg:cue} of {@code role:official}). */
    private final PhraseTable<Boolean> internationalBodies;
    /** "chargé", "en charge" ({@code dkg:remitCue} of {@code dkg:Role}): the field of an office follows. */
    private final PhraseTable<Boolean> remits;

    RoleReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.federated = lexicon.cues(CueKind.ROLE);
        this.organizations = lexicon.cues(CueKind.ORGANIZATION);
        this.parties = new PartyNames(lexicon);
        this.chambers = lexicon.cues(lexicon.vocabulary(Scheme.ROLES).concept(PARLIAMENT_LEADER).orElseThrow());
        this.internationalBodies = lexicon.cues(lexicon.vocabulary(Scheme.ROLES).concept(OFFICIAL).orElseThrow());
        this.remits = lexicon.remitCues(CueKind.ROLE);
    }

    /**
     * What the whole article tells the reading of its roles: the short names it gives parties
     * ({@link PartyNames#shortNames}), the codes of the states of the relations it is about ({@code partners}) and
     * of all the states it names.
     */
    record Context(Set<String> partyNames, Set<String> partners, Set<String> states) {

        static final Context NONE = new Context(Set.of(), Set.of(), Set.of());

        Context {
            partyNames = Set.copyOf(partyNames);
            partners = Set.copyOf(partners);
            states = Set.copyOf(states);
        }

        /**
         * The state adjective at {@code j}, or null; an adjective several states share ("le Premier ministre coréen")
         * names the one of them whose relations the article is about, else the one of them it names; none when that
         * leaves none or several.
         */
        PhraseMatch<StateEntry> adjectiveAt(Lexicon lexicon, List<Token> tokens, int j) {
            PhraseMatch<StateEntry> own = lexicon.stateAdjectives().matchAt(tokens, j);
            PhraseMatch<List<StateEntry>> shared = own == null ? lexicon.sharedAdjectives().matchAt(tokens, j) : null;
            if (shared == null) {
                return own;
            }
            List<StateEntry> related = shared.value().stream().filter(s -> partners.contains(s.code()))
                    .toList();
            List<StateEntry> named = shared.value().stream().filter(s -> states.contains(s.code())).toList();
            List<StateEntry> meant = related.isEmpty() ? named : related;
            return meant.size() == 1 ? new PhraseMatch<>(shared.start(), shared.end(), meant.get(0)) : null;
        }
    }

    /** The role phrases of {@code sentence}, left to right. */
    List<RolePhrase> read(Sentence sentence) {
        return read(sentence, Context.NONE);
    }

    /** The role phrases of {@code sentence}, left to right, read in its article's {@code context}. */
    List<RolePhrase> read(Sentence sentence, Context context) {
        List<RolePhrase> phrases = new ArrayList<>();
        for (PhraseMatch<diplokg.lexicon.Concept> hit :
                lexicon.vocabulary(Scheme.ROLES).phrases().findAll(sentence.tokens())) {
            phrases.add(extend(sentence, hit, context));
        }
        return phrases;
    }

    private RolePhrase extend(Sentence sentence, PhraseMatch<diplokg.lexicon.Concept> hit, Context context) {
        List<Token> tokens = sentence.tokens();
        diplokg.lexicon.Concept role = hit.value();
        String state = null;
        int j = hit.end();
        // "ministre singapourien des Affaires étrangères", "ministre par intérim des Affaires étrangères": a state
        // adjective or a qualifier splits a longer role phrase.
        String splitState = null;
        int splitEnd = j;
        for (int round = 0; round < 2; round++) {
            PhraseMatch<StateEntry> adjective = context.adjectiveAt(lexicon, tokens, splitEnd);
            if (adjective != null && splitState == null) {
                splitState = adjective.value().code();
                splitEnd = adjective.end();
            } else if (RoleWords.qualifier(tokens, splitEnd)) {
                splitEnd += 2;
            } else if (describes(tokens, splitEnd)) {
                // "ministre fédéral autrichien des Affaires européennes": an adjective that names no state.
                splitEnd++;
            }
        }
        if (splitEnd > j) {
            List<Token> joined = new ArrayList<>(tokens.subList(hit.start(), hit.end()));
            joined.addAll(tokens.subList(splitEnd, tokens.size()));
            PhraseMatch<diplokg.lexicon.Concept> longer =
                    lexicon.vocabulary(Scheme.ROLES).phrases().matchAt(joined, 0);
            if (longer != null && longer.end() > hit.end() - hit.start()) {
                role = longer.value();
                state = splitState;
                j = splitEnd + longer.end() - (hit.end() - hit.start());
            }
        }
        PhraseMatch<StateEntry> overlapping = state == null ? lexicon.stateNames().matchAt(tokens, j - 1) : null;
        if (overlapping != null && overlapping.end() > j) {
            // "Président de la République socialiste du Vietnam": the label's last word opens the state's full name.
            state = overlapping.value().code();
            j = overlapping.end();
        }
        boolean afterPreposition = false;
        boolean institution = false;
        boolean secondOffice = false;
        Token body = null;
        int bodyAt = -1;
        while (j < tokens.size()) {
            PhraseMatch<StateEntry> adjective = context.adjectiveAt(lexicon, tokens, j);
            PhraseMatch<StateEntry> name = tokens.get(j).isCapitalized() ? lexicon.stateNames().matchAt(tokens, j)
                    : null;
            Token token = tokens.get(j);
            PhraseMatch<StateEntry> city = afterPreposition ? lexicon.cities().matchAt(tokens, j) : null;
            int remit = afterPreposition ? j : remitEnd(tokens, j);
            // "président du Conseil National Palestinien": a capitalised adjective still names the state inside a
            // body's capitalised name.
            boolean stateAdjective = adjective != null && (!token.isCapitalized() || tokens.get(j - 1).isCapitalized());
            if (stateAdjective || name != null && afterPreposition) {
                PhraseMatch<StateEntry> match = stateAdjective ? adjective : name;
                state = state == null ? match.value().code() : state;
                j = match.end();
                afterPreposition = false;
            } else if (remit > j) {
                // "vice-ministre des Affaires étrangères chargé de l'Asie et de l'Océanie, X": the field is the
                // office's; the holder's name comes after it.
                j = remit;
            } else if (!afterPreposition && !institution && describes(tokens, j)) {
                j++;
            } else if (isPreposition(token) && (!token.tag().equals("DET") || afterPreposition)) {
                // An article counts only after a preposition ("de la Défense"): in "a transmis au président émirien
                // les salutations du secrétaire général X" the office ends before "les".
                afterPreposition = true;
                j++;
            } else if (token.tag().equals("CCONJ") && j + 1 < tokens.size() && isPreposition(tokens.get(j + 1))
                    && (!tokens.get(j + 1).tag().equals("DET") || !afterPreposition && institution
                    && continuesBody(tokens, j + 2))) {
                // "ministre de l'Industrie et du Commerce", but "le ministre des Finances et la ministre de ...": a
                // determiner after the conjunction begins another person's office.
                j++;
            } else if (token.tag().equals("CCONJ") && j + 2 < tokens.size() && tokens.get(j + 1).tag().equals("NOUN")
                    && !tokens.get(j + 1).isCapitalized() && isPreposition(tokens.get(j + 2))
                    && !tokens.get(j + 2).tag().equals("DET")) {
                // "vice-président suisse et chef du Département fédéral de l'Économie X": a second office joined
                // without a determiner is the same person's; the first office counts.
                j += 3;
                afterPreposition = true;
                secondOffice = true;
            } else if (j == hit.end() && endsInName(tokens, hit) && token.tag().equals("ADJ")
                    && !token.isCapitalized()) {
                // "secrétaire général du Parti populaire révolutionnaire du Laos", "président de l'Assemblée
                // nationale législative": the label ends in a body's name, which its lower-case adjectives continue
                // up to the state.
                j = institutionEnd(tokens, j - 1);
            } else if (j == hit.end() && RoleWords.abbreviatedQualifierEnd(tokens, j) > j) {
                // "la présidente p.i. de la Commission": an abbreviated qualifier of the office.
                j = RoleWords.abbreviatedQualifierEnd(tokens, j);
            } else if (token.text().equals("(") && j + 2 < tokens.size() && tokens.get(j + 2).text().equals(")")) {
                // "maire de Lyon (France)": a state in parentheses is the one served.
                PhraseMatch<StateEntry> within = lexicon.stateNames().matchAt(tokens, j + 1);
                state = state == null && within != null && within.end() == j + 2 ? within.value().code() : state;
                j += 3;
            } else if (RoleWords.glossEnd(tokens, j) > j) {
                // "président de la Chambre des représentants (Dewan Rakyat), X": the body's own name in parentheses.
                j = RoleWords.glossEnd(tokens, j);
            } else if (afterPreposition && token.tag().equals("NOUN") && !token.isCapitalized()) {
                // "président du Parti du peuple cambodgien", "gouverneur de la banque centrale": common words of an
                // institution's name, with their adjectives unless an adjective names a state.
                bodyAt = institution || secondOffice ? bodyAt : j;
                body = institution || secondOffice ? body : token;
                j = institutionEnd(tokens, j);
                afterPreposition = false;
                institution |= !secondOffice;
            } else if (city != null) {
                // "secrétaire du Comité du Parti de Hô Chi Minh-Ville, X": a city of several words is the place of
                // the body, read whole, so that its last words are not taken for the holder's name.
                j = city.end();
                afterPreposition = false;
            } else if (afterPreposition && token.isCapitalized()) {
                bodyAt = institution || secondOffice ? bodyAt : j;
                body = institution || secondOffice ? body : token;
                // "de la Chambre législative de l'Oliy Majlis": a chamber's name of several words is the body's.
                PhraseMatch<Boolean> chamber = chambers.matchAt(tokens, j);
                j = Math.max(institutionEnd(tokens, j), chamber != null ? chamber.end() : j);
                j = organizationNameEnd(tokens, bodyAt, j);
                afterPreposition = false;
                institution |= !secondOffice;
            } else if ((institution || j == hit.end()) && RoleWords.acronymedNameEnd(tokens, j) > j) {
                // "du parti Chama Cha Mapinduzi (CCM)", also right after a label that ends in the body's kind
                // ("président du parti"): a name followed by its acronym is the body's, not a person's.
                j = RoleWords.acronymedNameEnd(tokens, j);
            } else if ((institution || secondOffice) && NameFinder.joinsStates(lexicon, token.text())) {
                // "président du Comité intergouvernemental Venezuela-Vietnam, X": the states a joint body is named
                // after end its name; the holder's comes after them.
                j++;
            } else {
                break;
            }
        }
        boolean organization = organizations.findAll(tokens.subList(hit.end(), j)).stream()
                .anyMatch(m -> tokens.get(hit.end() + m.start()).isCapitalized());
        // "le Secrétaire général de la politique étrangère du ministère ... du Chili": a body in lower-case words is
        // no party, whatever state it is of.
        boolean lowerCaseBody = body != null && !body.isCapitalized();
        boolean ofNations = bodyAt >= 0 && internationalBodies.matchAt(tokens, bodyAt) != null;
        if (institution && (state == null || lowerCaseBody)
                && secretaryOfBody(tokens, hit, role, body, ofNations)) {
            role = lexicon.vocabulary(Scheme.ROLES).concept(OFFICIAL).orElseThrow();
        }
        role = chair(tokens, hit, role, bodyAt, institution && (state == null || organization),
                context.partyNames());
        if (bodyAt < 0) {
            role = possessedChair(tokens, hit, role, context.partyNames());
        }
        if (role.id().equals(PARLIAMENT_LEADER) && !federated.findAll(tokens.subList(hit.end(), j)).isEmpty()) {
            // "président du Parlement du Land de Hesse": the assembly of a federated entity is no national parliament.
            role = lexicon.vocabulary(Scheme.ROLES).concept(OFFICIAL).orElseThrow();
        }
        return new RolePhrase(role, state, sentence, hit.start(), j,
                lexicon.stateLabelsAt(tokens, hit.start(), hit.end()),
                state == null && international(tokens, hit, j));
    }

    /**
     * Whether the office {@code hit}, read up to token {@code end}, is one of an international body ({@code dkg:cue}
     * of {@code role:official}): the body inside its label ("secrétaire général de l'ONU") or right after it with
     * only name linkers between ("directrice générale de l'OMC"); not an envoy's posting to it ("ambassadeur auprès
     * de l'ONU").
     */
    private boolean international(List<Token> tokens, PhraseMatch<diplokg.lexicon.Concept> hit, int end) {
        for (PhraseMatch<Boolean> body : internationalBodies.findAll(tokens.subList(hit.start(), end))) {
            int at = hit.start() + body.start();
            if (tokens.subList(Math.min(hit.end(), at), at).stream()
                    .allMatch(t -> lexicon.isNameLinker(t.folded()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The office of a bare "(vice-)président(e)" ({@code hit}, read as {@code role}) who chairs the body that begins at
     * token {@code bodyAt} (-1: none). Of a parliament's chamber, with only the words that link a name's parts
     * between ("la présidente du Sénat", "le président de la Chambre législative"), the president leads a parliament
     * (so the contract's "président de l'Assemblée nationale, du Sénat, de la Douma" need no labels of their own)
     * and the vice-president is one of its officers; of a party ({@link PartyNames}: "le président du Frelimo",
     * "du Front de libération du Mozambique"), the president leads the party, the vice-president is an official;
     * of another body ({@code otherBody}: one named without a state,
     * or opened by an organisation's cue even when its state follows, "vice-président du Parti socialiste du
     * Venezuela"), either is an official ("président de la Chambre de commerce de Lima"). Neither is the state's head
     * then; "élu président du Vietnam par l'Assemblée nationale" is. Any other office is {@code role} itself.
     */
    private diplokg.lexicon.Concept chair(List<Token> tokens, PhraseMatch<diplokg.lexicon.Concept> hit,
                                          diplokg.lexicon.Concept role, int bodyAt, boolean otherBody,
                                          Set<String> partyNames) {
        if (hit.end() - hit.start() != 1 || !PRESIDENCIES.contains(role.id()) || bodyAt < 0) {
            return role;
        }
        // "la présidente polonaise du Sénat": the state's adjective may stand between the office and its chamber.
        PhraseMatch<StateEntry> adjective = lexicon.stateAdjectives().matchAt(tokens, hit.end());
        int from = adjective != null && adjective.end() <= bodyAt ? adjective.end() : hit.end();
        boolean linked = tokens.subList(from, bodyAt).stream()
                .allMatch(t -> !t.tag().equals("CCONJ") && lexicon.isNameLinker(t.folded()));
        boolean chamber = linked && chambers.matchAt(tokens, bodyAt) != null;
        boolean party = linked && parties.partyAt(tokens, bodyAt, partyNames);
        if (!chamber && !party && !otherBody) {
            return role;
        }
        boolean leads = role.id().equals(HEAD_OF_STATE) && (chamber || party);
        String chair = !leads ? OFFICIAL : chamber ? PARLIAMENT_LEADER : PARTY_LEADER;
        return lexicon.vocabulary(Scheme.ROLES).concept(chair).orElseThrow();
    }

    /**
     * The token after the field of an office opened at {@code j} by a remit cue: items each opened by prepositions,
     * joined by a comma or "et" only when a preposition opens the next ("chargé de l'Afrique, de l'Asie et de
     * l'Océanie", "chargée du commerce extérieur"), each one word with the lower-case adjectives after it, so that a
     * name after the field ("chargé de l'Asie, X", "chargé de l'Asie X") stays out; {@code j} when there is none.
     */
    private int remitEnd(List<Token> tokens, int j) {
        PhraseMatch<Boolean> cue = remits.matchAt(tokens, j);
        if (cue == null) {
            return j;
        }
        int k = cue.end();
        int end = j;
        while (k < tokens.size() && opensItem(tokens.get(k))) {
            int item = k;
            while (item < tokens.size() && isPreposition(tokens.get(item))) {
                item++;
            }
            if (item >= tokens.size() || !tokens.get(item).isWord()
                    || !tokens.get(item).isCapitalized() && !tokens.get(item).tag().equals("NOUN")) {
                break;
            }
            end = item + 1;
            while (end < tokens.size() && !tokens.get(end).isCapitalized() && tokens.get(end).tag().equals("ADJ")) {
                end++;
            }
            boolean joined = end + 1 < tokens.size() && (tokens.get(end).text().equals(",")
                    || tokens.get(end).tag().equals("CCONJ")) && opensItem(tokens.get(end + 1));
            k = joined ? end + 1 : tokens.size();
        }
        return end;
    }

    /** A lower-case preposition, maybe elided ("de", "du", "d'"): an article alone ("le ministre") opens no field. */
    private static boolean opensItem(Token token) {
        return isPreposition(token) && !token.tag().equals("DET")
                && (!ELIDED.matcher(token.text()).matches() || token.folded().startsWith("d"));
    }

    /**
     * "une délégation de l'Assemblée nationale du Vietnam, conduite par son vice-président X": a bare
     * (vice-)président after a possessive ({@code dkg:possessiveCue}) chairs the chamber or the party named before it
     * in the sentence, read as {@link #chair} reads one named after the office (the president leads it, the
     * vice-president is an official), when that body opens the sentence or completes a common noun ("délégation de",
     * "membres du") and no other name than a state's stands between it and the possessive; else {@code role}.
     */
    private diplokg.lexicon.Concept possessedChair(List<Token> tokens, PhraseMatch<diplokg.lexicon.Concept> hit,
                                                   diplokg.lexicon.Concept role, Set<String> partyNames) {
        int possessive = hit.start() - 1;
        if (hit.end() - hit.start() != 1 || !PRESIDENCIES.contains(role.id()) || possessive < 1
                || !lexicon.isPossessiveCue(tokens.get(possessive).folded())) {
            return role;
        }
        int body = -1;
        int bodyEnd = -1;
        boolean chamber = false;
        for (int i = 0; i < possessive;) {
            PhraseMatch<Boolean> chamberName = chambers.matchAt(tokens, i);
            PhraseMatch<StateEntry> stateName = lexicon.stateNames().matchAt(tokens, i);
            if (chamberName != null || parties.partyAt(tokens, i, partyNames)) {
                body = governed(tokens, i) ? i : -1;
                chamber = chamberName != null;
                i = chamberName != null ? chamberName.end() : institutionEnd(tokens, i);
                bodyEnd = i;
            } else if (stateName != null) {
                // The state that completes the body ("l'Assemblée nationale du Laos") is its; another state named
                // after it may own the office ("a visité la Russie et rencontré son président").
                boolean completes = body >= 0
                        && tokens.subList(bodyEnd, i).stream().allMatch(RoleReader::isPreposition);
                body = completes ? body : -1;
                i = stateName.end();
                bodyEnd = i;
            } else {
                // Another name, a noun or a tense between the body and the possessive may tell the owner ("le
                // Premier ministre", "le gouvernement de la Mongolie et son président", "a rencontré son président").
                Token token = tokens.get(i);
                boolean owner = i > 0 && token.isCapitalized() || OWNER_TAGS.contains(token.tag());
                body = owner ? -1 : body;
                i++;
            }
        }
        if (body < 0) {
            return role;
        }
        boolean leads = role.id().equals(HEAD_OF_STATE);
        String chair = !leads ? OFFICIAL : chamber ? PARLIAMENT_LEADER : PARTY_LEADER;
        return lexicon.vocabulary(Scheme.ROLES).concept(chair).orElseThrow();
    }

    /**
     * Whether the body at {@code i} opens the sentence (after its article) or completes a lower-case common noun
     * through prepositions ("une délégation de l'Assemblée"): not a part of another body's name ("du Comité des
     * affaires étrangères de l'Assemblée").
     */
    private static boolean governed(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && isPreposition(tokens.get(k))) {
            k--;
        }
        return k < 0 || k == 0 && tokens.get(0).tag().equals("DET")
                || tokens.get(k).tag().equals("NOUN") && !tokens.get(k).isCapitalized();
    }

    /** Whether the label {@code hit} ends in a body's capitalised name, maybe with one adjective after it. */
    private static boolean endsInName(List<Token> tokens, PhraseMatch<diplokg.lexicon.Concept> hit) {
        int last = hit.end() - 1;
        return tokens.get(last).isCapitalized() || last > hit.start() && tokens.get(last).tag().equals("ADJ")
                && tokens.get(last - 1).isCapitalized();
    }

    /**
     * Whether a capitalised word that is neither an office nor a state stands at {@code i}: after "et des" it
     * continues an institution's name ("ministre de l'Industrie et des Technologies avancées"), where "et la ministre"
     * or "et le Premier ministre" begins another person's office.
     */
    private boolean continuesBody(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).isCapitalized() && tokens.get(i).isWord()
                && lexicon.vocabulary(Scheme.ROLES).phrases().matchAt(tokens, i) == null
                && lexicon.stateNames().matchAt(tokens, i) == null;
    }

    /**
     * "secrétaire générale de l'Assemblée interparlementaire": the bare secretary general's label, with no party in
     * its words, and a body written in words (not an acronym such as a party's "PCV") is that body's officer, no
     * party leader. An acronym of an international body ({@code international}: "secrétaire générale de l'OIF") is
     * one too. The party's own phrases ("secrétaire général du Parti") are labels and matched whole. The label's
     * first word may be capitalised as a title is ("le Secrétaire général de la politique étrangère du ministère").
     */
    private static boolean secretaryOfBody(List<Token> tokens, PhraseMatch<diplokg.lexicon.Concept> hit,
                                           diplokg.lexicon.Concept role, Token body, boolean international) {
        return role.id().equals(PARTY_LEADER) && body != null
                && (international || !body.text().matches("\\p{Lu}{2,}"))
                && tokens.subList(hit.start() + 1, hit.end()).stream().noneMatch(Token::isCapitalized);
    }

    /**
     * Whether token {@code i} is a lower-case adjective that names no state and is followed by a state's adjective
     * or a preposition: it describes the office ("ministre fédéral autrichien", "consul honoraire du").
     */
    private boolean describes(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).tag().equals("ADJ") || tokens.get(i).isCapitalized()
                || lexicon.stateAdjectives().matchAt(tokens, i) != null) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return lexicon.stateAdjectives().matchAt(tokens, i + 1) != null
                || !next.isCapitalized() && next.tag().startsWith("ADP");
    }

    /**
     * Where the name of an organisation ends, read up to token {@code j}: in a body that an organisation's cue opens
     * (at {@code bodyAt}: "Ligue", "Alliance"), one more capitalised word right after a capitalised word of the name is
     * the name's own ("la présidente de la Ligue Awami et Première ministre X", "l'Alliance des Patronats
     * Francophones"), no holder's name; a state's name or an office there is none of it.
     */
    private int organizationNameEnd(List<Token> tokens, int bodyAt, int j) {
        boolean organization = bodyAt >= 0 && tokens.get(bodyAt).isCapitalized()
                && organizations.matchAt(tokens, bodyAt) != null;
        if (!organization || j >= tokens.size() || !tokens.get(j).isCapitalized() || !tokens.get(j).isWord()
                || !tokens.get(j - 1).isCapitalized() || lexicon.stateNames().matchAt(tokens, j) != null
                || lexicon.vocabulary(Scheme.ROLES).phrases().matchAt(tokens, j) != null) {
            return j;
        }
        return institutionEnd(tokens, j);
    }

    /**
     * An institution's name: capitalised words and the lower-case adjectives that follow them, and the words the
     * tagger reads as foreign ({@value #FOREIGN_TAG}) that continue a name in another language ("l'US Chamber of
     * Commerce, X": the name after the comma is the holder's, not "Chamber").
     */
    private int institutionEnd(List<Token> tokens, int j) {
        int k = j + 1;
        while (k < tokens.size() && (tokens.get(k).tag().equals(FOREIGN_TAG) && tokens.get(k).isWord()
                || !tokens.get(k).isCapitalized() && RoleWords.adjectival(tokens.get(k))
                && lexicon.stateAdjectives().matchAt(tokens, k) == null)) {
            k++;
        }
        return k;
    }

    /**
     * A lower-case preposition or article; also an elided one ("d’", "l’"), which the tagger may call punctuation
     * when written with a typographic apostrophe.
     */
    private static boolean isPreposition(Token token) {
        String tag = token.tag();
        return !token.isCapitalized() && (tag.equals("ADP") || tag.equals("ADP+DET") || tag.equals("DET")
                || ELIDED.matcher(token.text()).matches());
    }
}
