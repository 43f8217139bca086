package diplokg.ingest;

import diplokg.mapping.IriMinter;
import diplokg.mapping.PersonResolver;
import diplokg.nlp.TextFolder;
import diplokg.store.ReadTransaction;
import diplokg.store.TdbStore;
import diplokg.store.UnionQuery;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;

/**
 * The people the store knows, so that a new article's name reuses the resource of the same person: an equal folded
 * name ("Lương Cường" = "Luong Cuong"), or the only person of the same state every one of whose names contains the new
 * one or is contained in it ("Loukachenko" and "Alexandre Loukachenko"), a word of three letters or more in common.
 * A short name that fits several people ("Nguyen") gets a resource of its own rather than a wrong one, and never
 * draws fuller names to it afterwards: a name known alone that lies inside another person's name says too little to
 * tell which "Nguyen Van ..." it was. Seeded from the store when a load starts and grown as articles are mapped;
 * thread-safe.
 */
final class PersonDirectory implements PersonResolver {

    private final Map<String, String> byKey = new HashMap<>();
    /** Every name (as its words) each person has been given, by slug and state. */
    private final Map<PersonOfState, List<List<String>>> names = new HashMap<>();
    /**
     * People by state and by each word of three letters or more of their names. Two names one of which holds all
     * the other's words share such a word, so the people a new name may match are all under one of its words: a
     * few lookups instead of a scan of everybody, which grew with the store.
     */
    private final Map<WordOfState, Set<PersonOfState>> byWord = new HashMap<>();

    private record WordOfState(String state, String word) {
    }

    private record PersonOfState(String slug, String state) {
    }

    /** A directory of the people {@code store} holds under {@code base}. */
    static PersonDirectory of(TdbStore store, BaseIri base) {
        PersonDirectory directory = new PersonDirectory();
        String prefix = base.id("person/");
        String query = "PREFIX dkg: <" + Dkg.NS + "> "
                + "SELECT DISTINCT ?p ?key ?code { ?p a dkg:Person ; dkg:nameKey ?key "
                + "OPTIONAL { ?x dkg:holder ?p ; dkg:forState/dkg:iso2 ?code } }";
        ReadTransaction.execute(store.dataset(), () -> {
            try (QueryExecution execution = UnionQuery.over(store.dataset(), query).build()) {
                execution.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("p").getURI();
                    if (iri.startsWith(prefix)) {
                        directory.register(iri.substring(prefix.length()), row.getLiteral("key").getString(),
                                row.contains("code") ? row.getLiteral("code").getString() : null);
                    }
                });
            }
        });
        return directory;
    }

    @Override
    public synchronized String slug(String name, String state) {
        String key = TextFolder.key(name);
        String known = byKey.get(key);
        if (known != null) {
            return known;
        }
        List<String> words = List.of(key.split(" "));
        List<PersonOfState> matches = around(words, state)
                .filter(person -> names.get(person).stream().allMatch(other -> sharesAllWords(other, words)))
                .filter(person -> !fullerThanEvery(words, person) || !ambiguous(person))
                .toList();
        String slug = matches.size() == 1 ? matches.get(0).slug() : IriMinter.slug(name);
        register(slug, key, state);
        return slug;
    }

    /** The people of {@code state} who share a word of three letters or more with {@code words}. */
    private Stream<PersonOfState> around(List<String> words, String state) {
        return words.stream()
                .filter(PersonDirectory::isLong)
                .flatMap(w -> byWord.getOrDefault(new WordOfState(state, w), Set.of()).stream())
                .distinct();
    }

    private boolean fullerThanEvery(List<String> words, PersonOfState person) {
        return names.get(person).stream().allMatch(other -> other.size() < words.size());
    }

    /** Whether one of {@code person}'s names lies inside a fuller name of somebody else of the same state. */
    private boolean ambiguous(PersonOfState person) {
        for (List<String> name : names.get(person)) {
            boolean inside = around(name, person.state())
                    .filter(other -> !other.equals(person))
                    .anyMatch(other -> names.get(other).stream()
                            .anyMatch(words -> words.size() > name.size() && sharesAllWords(words, name)));
            if (inside) {
                return true;
            }
        }
        return false;
    }

    private void register(String slug, String key, String state) {
        byKey.putIfAbsent(key, slug);
        PersonOfState person = new PersonOfState(slug, state);
        List<String> words = List.of(key.split(" "));
        names.computeIfAbsent(person, p -> new ArrayList<>()).add(words);
        words.stream().filter(PersonDirectory::isLong).forEach(w ->
                byWord.computeIfAbsent(new WordOfState(state, w), k -> new HashSet<>()).add(person));
    }

    private static boolean sharesAllWords(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        return longer.containsAll(shorter) && shorter.stream().anyMatch(PersonDirectory::isLong);
    }

    private static boolean isLong(String word) {
        return word.length() >= 3;
    }
}
