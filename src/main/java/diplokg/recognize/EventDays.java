package diplokg.recognize;

import static diplokg.fact.EventTypes.VISIT;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dates events take when none is written next to them: from talks of their sentence or told before, from the
 * last dated event ("le même jour"), or the article's month for its own news.
 */
final class EventDays {

    private static final Set<String> TALKS = Set.of("meeting", "phone-call");
    /** What congratulations said in one sentence are said at ("a félicité ... lors d'une cérémonie le 5 mai"). */
    private static final Set<String> HELD_AT = Set.of("meeting", "phone-call", "conference");

    /** The calendar concept of the day before the day of publication ("hier"). */
    private static final String YESTERDAY = "yesterday";

    /** The pronouns that open a relative clause after its noun. */
    private static final Set<String> RELATIVES = Set.of("que", "qu", "qu'", "qui", "dont");

    private final PhraseTable<Boolean> recalled;
    private final PhraseTable<Concept> triggers;
    private final PhraseTable<Boolean> today;
    private final PhraseTable<Concept> calendar;

    EventDays(Lexicon lexicon) {
        this.recalled = lexicon.recallCues(CueKind.EVENT);
        this.triggers = lexicon.vocabulary(Scheme.EVENT_TYPES).phrases();
        this.today = lexicon.todayCues(CueKind.EVENT);
        this.calendar = lexicon.vocabulary(Scheme.CALENDAR).phrases();
    }

    /**
     * The day of congratulations whose date is written after them, when their sentence told dated talks before: "a
     * eu un entretien téléphonique avec X, qu'il a félicité pour sa réélection le 18 janvier" was said during the
     * call, the date being the reason's; else {@code written}. "après avoir adressé, le 4 juin, un message" keeps the
     * date written before it (the caller checks where the date is).
     */
    static String talksDay(List<EventMention> inSentence, String written) {
        return inSentence.stream().filter(c -> TALKS.contains(c.event().type()) && c.dated())
                .map(c -> c.event().date()).findFirst().orElse(written);
    }

    /**
     * The date of the last event told with its date written, what "le même jour" and "le lendemain" count from; not
     * a visit's, which lasts several days ("a reçu X, en visite du 3 au 6 mai. Le même jour, ..." is the day of the
     * audience).
     */
    static String lastTold(List<EventMention> told) {
        for (int i = told.size() - 1; i >= 0; i--) {
            if (told.get(i).dated() && !told.get(i).event().type().equals(VISIT)) {
                return told.get(i).event().date();
            }
        }
        return null;
    }

    /**
     * What a relative day counts from when no dated event was told before it: the day its sentence wrote before it,
     * that of the news the event answers ("À la suite du séisme du 3 mars, X a adressé le même jour un message ...").
     * Null when the sentence writes no day before its relative one.
     */
    static String writtenBefore(List<DateMention> written, int year, int month) {
        String day = null;
        for (DateMention date : written) {
            if (date.relative()) {
                return day;
            }
            String iso = date.day() > 0 ? date.iso(year, month) : null;
            day = iso != null ? iso : day;
        }
        return null;
    }

    /**
     * The date of congratulations or greetings with no date of their own: those of talks in their sentence, else,
     * unless the sentence recalls the past, those of the last talks told before ("X s'est entretenu mardi avec Y.
     * Il a félicité Y pour ...").
     */
    String during(List<EventMention> inSentence, List<EventMention> events, Sentence sentence) {
        String here = inSentence.stream().filter(c -> HELD_AT.contains(c.event().type()) && c.dated())
                .map(c -> c.event().date()).findFirst().orElse(null);
        if (here != null || recollection(sentence)) {
            return here;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            EventMention talks = events.get(i);
            if (TALKS.contains(talks.event().type()) && talks.dated()) {
                return talks.event().date();
            }
        }
        return null;
    }

    static int year(AnnotatedArticle article) {
        return article.article().publicationMonth().map(m -> m.getYear()).orElse(0);
    }

    static int month(AnnotatedArticle article) {
        return article.article().publicationMonth().map(m -> m.getMonthValue()).orElse(0);
    }

    /**
     * An undated event is the article's own news, of the article's month, unless its sentence recalls the past. A
     * day counted from the day of publication is a date the recogniser gives first ({@link #published}).
     */
    String undated(Sentence sentence, AnnotatedArticle article) {
        if (recollection(sentence)) {
            return null;
        }
        return article.article().publicationMonth().map(Object::toString).orElse(null);
    }

    /**
     * The day a sentence puts its events on counted from the day of publication, when the source gives that day (in
     * its date header or its dateline): "ce matin", "aujourd'hui" ({@code dkg:todayCue}) that day, "hier" the day
     * before. Null otherwise, and in a sentence that recalls the past.
     */
    String published(Sentence sentence, AnnotatedArticle article) {
        Optional<LocalDate> day = article.article().publication().day();
        if (day.isEmpty() || recollection(sentence)) {
            return null;
        }
        if (!today.findAll(sentence.tokens()).isEmpty()) {
            return day.get().toString();
        }
        boolean yesterday = calendar.findAll(sentence.tokens()).stream()
                .anyMatch(m -> m.value().id().equals(YESTERDAY));
        return yesterday ? day.get().minusDays(1).toString() : null;
    }

    /**
     * Whether the sentence recalls the past: a recall cue ("avait", "étaient") outside reported speech. In a clause
     * that a verb of saying opens with "que" ("a souligné que des accords avaient été signés", "a affirmé que les
     * relations étaient ..."), the tense follows the past of the saying verb: what was said, not a recollection.
     */
    boolean recollection(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<PhraseMatch<Boolean>> cues = recalled.findAll(tokens);
        // The sentence's triggers only when it has a recall cue: most sentences have none.
        List<PhraseMatch<Concept>> named = cues.isEmpty() ? List.of() : triggers.findAll(tokens);
        return cues.stream()
                .anyMatch(cue -> !reported(tokens, cue.start()) && !aboutOther(tokens, cue.start(), named));
    }

    /**
     * Whether token {@code at} stands in a relative clause, with no punctuation before it, on a noun that is no event:
     * "a présenté ses condoléances, appréciant l'affection que le dirigeant avait consacrée à ..." recalls the
     * affection, not the condolences; "a rappelé la visite que X avait effectuée" recalls the visit, and "l'accord
     * que les deux pays avaient signé", "les liens que X avait noués lors de sa visite" an event of the clause.
     */
    private static boolean aboutOther(List<Token> tokens, int at, List<PhraseMatch<Concept>> named) {
        for (int i = at - 1; i >= 1; i--) {
            Token token = tokens.get(i);
            if (token.tag().startsWith("PUNCT")) {
                return false;
            }
            if (RELATIVES.contains(token.folded())) {
                int noun = i - 1;
                int relative = i;
                int end = nextPunctuation(tokens, at);
                return tokens.get(noun).tag().equals("NOUN")
                        && named.stream().noneMatch(t -> t.start() <= noun && noun < t.end()
                                || t.start() > relative && t.start() < end);
            }
        }
        return false;
    }

    /** The first punctuation at or after token {@code from}, or the sentence's end. */
    private static int nextPunctuation(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !tokens.get(end).tag().startsWith("PUNCT")) {
            end++;
        }
        return end;
    }

    /** A subordinating conjunction right after a verb before token {@code at}: "a déclaré que ...". */
    private static boolean reported(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 1; i--) {
            if (tokens.get(i).tag().equals("SCONJ") && tokens.get(i - 1).tag().startsWith("VERB")) {
                return true;
            }
        }
        return false;
    }
}
