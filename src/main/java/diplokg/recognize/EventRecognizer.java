package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.Event;
import diplokg.fact.FactKind;
import diplokg.fact.Official;
import diplokg.fact.Stated;
import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the diplomatic events an article reports as having happened.
 *
 * <p>A trigger of the event-type vocabulary ("entretiens", "a reçu", "visite d'État", "conversation
 * téléphonique", "a félicité") is an event unless it is a plan ({@code dkg:plannedCue} shortly before or after it:
 * "se rendra", "prochaine visite", "a invité ... à effectuer une visite"), lies in an excluded phrase
 * ("conférence de presse"), in a longer sector phrase ("dialogue politique"), or follows an anniversary count ("les
 * 30 ans de la signature du traité"). Its date is the date written nearest to it in its sentence (a day within 20
 * tokens, a month or a year alone within 12, since those often belong to something else); without one, an
 * event is the article's own news and takes the article's month, unless its sentence recalls the past ("avait").
 * Mentions of one event are merged: same type, same or unknown date, and the people one mention names all among
 * those the other names ("X a rencontré Y ... X a également rencontré Z" is two meetings).
 */
public final class EventRecognizer implements Recognizer<Event> {

    private static final int PLAN_WINDOW = 8;
    private static final int ANNIVERSARY_WINDOW = 4;
    private static final int DAY_WINDOW = 20;
    private static final int YEAR_WINDOW = 12;

    private final Lexicon lexicon;
    private final PhraseTable<Concept> triggers;
    private final PhraseTable<Boolean> planned;
    private final PhraseTable<Boolean> excluded;
    private final PhraseTable<Boolean> recalled;
    private final PhraseTable<Boolean> places;
    private final DateReader dates;

    public EventRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.triggers = lexicon.vocabulary(Scheme.EVENT_TYPES).phrases();
        this.planned = lexicon.plannedCues(CueKind.EVENT);
        this.excluded = lexicon.excludedPhrases(CueKind.EVENT);
        this.recalled = lexicon.recallCues(CueKind.EVENT);
        this.places = lexicon.placeCues(CueKind.EVENT);
        this.dates = new DateReader(lexicon);
    }

    @Override
    public FactKind<Event> kind() {
        return Contract.EVENTS;
    }

    /** The events of the article; participants are its officials named in each event's sentence. */
    @Override
    public List<Stated<Event>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        List<Official> officials = facts.facts(Contract.OFFICIALS);
        List<Candidate> events = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<DateMention> written = dates.recognize(sentence);
            for (PhraseMatch<Concept> trigger : triggers.findAll(sentence.tokens())) {
                if (isEvent(sentence, trigger)) {
                    DateMention date = nearest(written, trigger);
                    String stated = date != null ? date.iso(year(article), month(article)) : null;
                    // "en mars" in an article without a header month dates nothing: the mention is undated.
                    String iso = stated != null ? stated : undated(sentence, article);
                    List<String> who = participants(sentence, officials);
                    Event event = new Event(trigger.value().id(), iso, place(sentence, trigger, who), who);
                    merge(events, new Candidate(Evidence.words(event, sentence, trigger.start(), trigger.end()),
                            stated != null));
                }
            }
        }
        return events.stream().map(Candidate::stated).toList();
    }

    /** An event mention and whether its date was written next to it (else it is the article's month, or null). */
    private record Candidate(Stated<Event> stated, boolean dated) {

        Event event() {
            return stated.fact();
        }
    }

    private static int year(AnnotatedArticle article) {
        return article.article().publicationMonth().map(m -> m.getYear()).orElse(0);
    }

    private static int month(AnnotatedArticle article) {
        return article.article().publicationMonth().map(m -> m.getMonthValue()).orElse(0);
    }

    private boolean isEvent(Sentence sentence, PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        if (covered(excluded.findAll(tokens), trigger) || coveredByLongerSector(sentence, trigger)) {
            return false;
        }
        for (PhraseMatch<Boolean> cue : planned.findAll(tokens)) {
            boolean before = cue.end() <= trigger.start() && trigger.start() - cue.end() <= PLAN_WINDOW;
            boolean after = cue.start() >= trigger.end() && cue.start() - trigger.end() <= 1;
            if (before || after) {
                return false;
            }
        }
        return !afterAnniversary(tokens, trigger);
    }

    private boolean coveredByLongerSector(Sentence sentence, PhraseMatch<Concept> trigger) {
        return lexicon.vocabulary(Scheme.SECTORS).phrases().findAll(sentence.tokens()).stream()
                .anyMatch(s -> s.start() <= trigger.start() && s.end() >= trigger.end()
                        && s.end() - s.start() > trigger.end() - trigger.start());
    }

    private static <T> boolean covered(List<PhraseMatch<T>> phrases, PhraseMatch<Concept> trigger) {
        return phrases.stream().anyMatch(p -> p.start() <= trigger.start() && p.end() >= trigger.end());
    }

    /** "les 30 ans de la signature": a count with a recall word just before the trigger. */
    private boolean afterAnniversary(List<Token> tokens, PhraseMatch<Concept> trigger) {
        for (int i = Math.max(0, trigger.start() - ANNIVERSARY_WINDOW); i < trigger.start(); i++) {
            PhraseMatch<Concept> status = lexicon.vocabulary(Scheme.STATUSES).phrases().matchAt(tokens, i);
            if (status != null && status.value().id().equals(PartnershipRecognizer.EXISTING) && i > 0
                    && NumberWords.countOrOrdinal(tokens.get(i - 1)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The city written after a place cue nearest the trigger ("à Hanoï", "à Phnom Penh"), not a state, and ending
     * where one of the event's people is named ("a reçu à Hanoï Serik Zhumangarin").
     */
    private String place(Sentence sentence, PhraseMatch<Concept> trigger, List<String> people) {
        List<Token> tokens = sentence.tokens();
        String place = null;
        int best = Integer.MAX_VALUE;
        for (PhraseMatch<Boolean> cue : places.findAll(tokens)) {
            int end = cue.end();
            while (end < tokens.size() && end - cue.end() < 3 && tokens.get(end).isCapitalized()
                    && tokens.get(end).isWord() && lexicon.stateNames().matchAt(tokens, end) == null
                    && !startsName(tokens, end, people)) {
                end++;
            }
            int distance = Math.abs(cue.start() - trigger.start());
            if (end > cue.end() && distance < best) {
                best = distance;
                int from = tokens.get(cue.end()).start() - sentence.start();
                place = sentence.text().substring(from, tokens.get(end - 1).end() - sentence.start());
            }
        }
        return best <= DAY_WINDOW ? place : null;
    }

    /** Whether the whole name of one of {@code people}, or two words of it in a row, begins at token {@code i}. */
    private static boolean startsName(List<Token> tokens, int i, List<String> people) {
        for (String name : people) {
            String[] words = TextFolder.key(name).split(" ");
            int k = 0;
            while (k < words.length && i + k < tokens.size()
                    && TextFolder.key(tokens.get(i + k).text()).equals(words[k])) {
                k++;
            }
            if (k == words.length || k >= 2) {
                return true;
            }
        }
        return false;
    }

    private static DateMention nearest(List<DateMention> written, PhraseMatch<Concept> trigger) {
        return written.stream()
                .filter(d -> distance(d, trigger) <= (d.day() > 0 ? DAY_WINDOW : YEAR_WINDOW))
                .min(Comparator.comparingInt(d -> distance(d, trigger)))
                .orElse(null);
    }

    /** An undated event is the article's own news, of the article's month, unless its sentence recalls the past. */
    private String undated(Sentence sentence, AnnotatedArticle article) {
        boolean recollection = !recalled.findAll(sentence.tokens()).isEmpty();
        return recollection ? null : article.article().publicationMonth().map(Object::toString).orElse(null);
    }

    private static int distance(DateMention date, PhraseMatch<Concept> trigger) {
        return date.end() <= trigger.start() ? trigger.start() - date.end() : Math.abs(date.first() - trigger.end());
    }

    private static List<String> participants(Sentence sentence, List<Official> officials) {
        String folded = " " + TextFolder.key(sentence.text()) + " ";
        return officials.stream()
                .filter(o -> namedIn(folded, TextFolder.key(o.name())))
                .map(Official::name)
                .toList();
    }

    /**
     * Whether a sentence names a person: the whole name, or its last word, which both Vietnamese given names and
     * other family names put there ("Chinh", "Albanese"). Any other word would do too little: "Minh" is in
     * "Pham Minh Chinh" and in "Hô Chi Minh-Ville".
     */
    private static boolean namedIn(String folded, String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return folded.contains(" " + name + " ") || last.length() >= 3 && folded.contains(" " + last + " ");
    }

    /**
     * Adds a mention, or folds it into the event it mentions again: same type, compatible dates (equal, or one of
     * them not written next to its trigger), and participants that do not conflict: a later mention of an event
     * names its people or some of them; two mentions that each name someone the other does not are two events.
     */
    private static void merge(List<Candidate> events, Candidate mention) {
        Event event = mention.event();
        for (int i = 0; i < events.size(); i++) {
            Candidate candidate = events.get(i);
            Event known = candidate.event();
            boolean sameDate = !candidate.dated() || !mention.dated() || known.date().equals(event.date());
            boolean conflict = !known.participants().containsAll(event.participants())
                    && !event.participants().containsAll(known.participants());
            if (known.type().equals(event.type()) && sameDate && !conflict) {
                List<String> who = new ArrayList<>(known.participants());
                event.participants().stream().filter(p -> !who.contains(p)).forEach(who::add);
                Event dated = candidate.dated() || !mention.dated() ? known : event;
                String place = known.place() != null ? known.place() : event.place();
                Stated<Event> first = candidate.stated();
                Event merged = new Event(known.type(), dated.date(), place, who);
                events.set(i, new Candidate(new Stated<>(merged, first.sentence(), first.start(), first.end()),
                        candidate.dated() || mention.dated()));
                return;
            }
        }
        events.add(mention);
    }
}
