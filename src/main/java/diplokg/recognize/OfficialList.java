package diplokg.recognize;

import static diplokg.fact.Roles.HEAD_OF_STATE;
import static diplokg.fact.Roles.OFFICIAL;

import diplokg.fact.Official;
import diplokg.fact.Stated;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The officials of one article as they are found: one entry per person. A later mention whose name agrees with an
 * earlier one (same folded words, or all its words among the other's) is the same person: the fuller name is kept,
 * the first office stays (unless it was only the catch-all public role and a later mention names an office), a
 * missing state is filled in. Not thread-safe; one per article.
 */
final class OfficialList {

    /** The catch-all role of any other public office ({@code role:official}). */

    private final List<Stated<Official>> officials = new ArrayList<>();
    /** For each official, the role its first office names in particular states, by state code. */
    private final List<Map<String, String>> roleInState = new ArrayList<>();
    /** Each mention as it is added: its sentence's index and the index of its official. */
    private final List<int[]> mentions = new ArrayList<>();
    /** The officials called by a title a monarch's consort bears ("la reine X"). */
    private final Set<Integer> consortTitled = new HashSet<>();
    /** The last of the coordinated offices of the officials who hold several, by name. */
    private final Map<String, String> portfolios = new LinkedHashMap<>();
    /** For an official whose office was listed right after another holder's, that holder's name, by index. */
    private final Map<Integer, String> listedAfter = new HashMap<>();
    /** The officials whose first office is one of an international body ("le secrétaire général de l'ONU"). */
    private final Set<Integer> international = new HashSet<>();

    void add(String name, String role, String state, Sentence sentence) {
        add(name, role, state, sentence, Map.of());
    }

    /**
     * Adds a mention; {@code inState} gives the role the words of its office name in particular states, which
     * replaces {@code role} once the state served is resolved ("secrétaire d'État" of the United States).
     */
    void add(String name, String role, String state, Sentence sentence, Map<String, String> inState) {
        for (int i = 0; i < officials.size(); i++) {
            Official known = officials.get(i).fact();
            if (samePerson(known.name(), name)) {
                String fuller = name.length() > known.name().length() ? name : known.name();
                // Only a mention of the same office completes the state: "A l'invitation du ministre X, le
                // vice-président suisse ..." does not make X Swiss.
                String knownState = known.state() != null || !known.role().equals(role) ? known.state() : state;
                // "X, membre du Bureau politique, ..." then "le président X": a seat or a title given first, read as
                // the catch-all public role, gives way to the office named later, which says more.
                boolean office = known.role().equals(OFFICIAL) && !role.equals(OFFICIAL);
                if (office) {
                    roleInState.set(i, Map.copyOf(inState));
                    knownState = known.state() != null ? known.state() : state;
                }
                officials.set(i, replace(officials.get(i),
                        new Official(fuller, office ? role : known.role(), knownState)));
                mentions.add(new int[] {sentence.index(), i});
                return;
            }
        }
        officials.add(Evidence.sentence(new Official(name, role, state), sentence));
        roleInState.add(Map.copyOf(inState));
        mentions.add(new int[] {sentence.index(), officials.size() - 1});
    }

    /**
     * Marks the official named {@code name} as holding an office of an international body: he serves no state, so
     * no family name, list or partner gives him one.
     */
    void international(String name) {
        indexOf(name).ifPresent(international::add);
    }

    /** Marks the listed official whose name agrees with {@code name} as called by a consort's title ("la reine X"). */
    void consortTitle(String name) {
        for (int i = 0; i < officials.size(); i++) {
            if (samePerson(officials.get(i).fact().name(), name)) {
                consortTitled.add(i);
            }
        }
    }

    /**
     * Records the last of the coordinated offices the official named {@code name} holds: "le vice-Premier ministre
     * et ministre des Affaires étrangères X" keeps his first office, but "son homologue" then holds the last one.
     */
    void portfolio(String name, String role) {
        portfolios.put(name, role);
    }

    /** The office a counterpart of {@code known} holds: the last of its coordinated offices, else its own role. */
    String counterpartRole(Official known) {
        return portfolios.entrySet().stream().filter(e -> samePerson(e.getKey(), known.name()))
                .map(Map.Entry::getValue).findFirst().orElse(known.role());
    }

    /**
     * Records that the office of the official named {@code name} was listed right after {@code previous}'s with no
     * state of its own ("le Premier ministre cubain X ; le président de l'Assemblée nationale Y").
     */
    void listedAfter(String name, String previous) {
        indexOf(name).ifPresent(i -> listedAfter.putIfAbsent(i, previous));
    }

    private OptionalInt indexOf(String name) {
        return IntStream.range(0, officials.size()).filter(i -> samePerson(officials.get(i).fact().name(), name))
                .findFirst();
    }

    /** The first official listed who serves {@code state}, or null. */
    Official firstOf(String state) {
        return officials.stream().map(Stated::fact).filter(o -> state.equals(o.state())).findFirst().orElse(null);
    }

    /** The official whose name agrees with {@code name}, or null. */
    Official find(String name) {
        return officials.stream().map(Stated::fact).filter(o -> samePerson(o.name(), name)).findFirst().orElse(null);
    }

    /** Whether a person whose name agrees with {@code name} is already listed. */
    boolean knows(String name) {
        return officials.stream().anyMatch(o -> samePerson(o.fact().name(), name));
    }

    /**
     * The official of the last mention added from sentence {@code sentence}, or null: also one first named in an
     * earlier sentence, as the title ("... Heng Samrin, sur invitation de son homologue vietnamienne X").
     */
    Official lastIn(int sentence) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i)[0] == sentence) {
                return officials.get(mentions.get(i)[1]).fact();
            }
        }
        return null;
    }

    /**
     * The officials, each with a state: its own; else the state of its family name; else the state of the holder
     * listed right before, unless that is the home state and {@code foreignName} says no home official could bear
     * the name; else the one foreign state that role-only mentions give its role ("le chef de l'État biélorusse");
     * else the partner {@code partner} gives for the sentence that first names the official.
     */
    List<Stated<Official>> resolveStates(List<RolePhrase> unnamed, Function<String, String> familyState,
                                         Predicate<String> foreignName, IntFunction<String> partner, String home) {
        List<Stated<Official>> resolved = new ArrayList<>();
        for (int i = 0; i < officials.size(); i++) {
            Stated<Official> stated = officials.get(i);
            Official official = stated.fact();
            String state = official.state();
            if (state == null && international.contains(i)) {
                resolved.add(stated);
                continue;
            }
            if (state == null) {
                state = familyState.apply(official.name());
            }
            if (state == null && listedAfter.containsKey(i)) {
                // An office listed right after another holder's serves that holder's state, his own or his family
                // name's; but not the home state to a holder whose name no Vietnamese could bear ("le vice-Premier
                // ministre X et le ministre des Finances, Don Farrell", two delegations in a list): he is the other
                // side. A home name the family list misses ("Trieu Van Cuong") keeps the home state.
                state = indexOf(listedAfter.get(i)).stream().mapToObj(k -> officials.get(k).fact())
                        .map(o -> o.state() != null ? o.state() : familyState.apply(o.name()))
                        .filter(Objects::nonNull).findFirst().orElse(null);
                if (home.equals(state) && foreignName.test(official.name())) {
                    state = null;
                }
            }
            if (state == null) {
                List<String> states = unnamed.stream()
                        .filter(p -> p.role().id().equals(official.role()) && p.state() != null
                                && !p.state().equals(home))
                        .map(RolePhrase::state).distinct().toList();
                state = states.size() == 1 ? states.get(0) : null;
            }
            String served = state != null ? state : partner.apply(stated.sentence());
            String role = served == null ? official.role() : roleInState.get(i).getOrDefault(served, official.role());
            resolved.add(replace(stated, new Official(official.name(), role, served)));
        }
        return consorts(resolved);
    }

    /**
     * A head of state called by a consort's title ("la reine X") beside another head of the same state called by
     * none ("le roi Y") is that monarch's consort: the contract's public role, not a head of state. Alone, the title
     * names a queen regnant, who is.
     */
    private List<Stated<Official>> consorts(List<Stated<Official>> resolved) {
        List<Stated<Official>> result = new ArrayList<>(resolved);
        for (int i : consortTitled) {
            Official consort = resolved.get(i).fact();
            boolean monarch = consort.role().equals(HEAD_OF_STATE) && IntStream.range(0, resolved.size())
                    .filter(k -> !consortTitled.contains(k)).mapToObj(k -> resolved.get(k).fact())
                    .anyMatch(o -> o.role().equals(HEAD_OF_STATE) && Objects.equals(o.state(), consort.state()));
            if (monarch) {
                result.set(i, replace(resolved.get(i), new Official(consort.name(), OFFICIAL, consort.state())));
            }
        }
        return result;
    }

    private static Stated<Official> replace(Stated<Official> stated, Official official) {
        return new Stated<>(official, stated.sentence(), stated.start(), stated.end());
    }

    static boolean samePerson(String a, String b) {
        String ka = TextFolder.key(a);
        String kb = TextFolder.key(b);
        if (ka.equals(kb)) {
            return true;
        }
        List<String> wa = List.of(ka.split(" "));
        List<String> wb = List.of(kb.split(" "));
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = Objects.equals(shorter, wa) ? wb : wa;
        return longer.containsAll(shorter) && shorter.stream().anyMatch(w -> w.length() >= 3);
    }
}
