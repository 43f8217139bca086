package diplokg.recognize;

import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Token;
import java.util.List;

/**
 * The date of a report set off after what it reports: "les entreprises ont signé trois accords, a annoncé le 25 mars
 * le bureau de l'organisation" dates the announcement, not the signing, which the article's month dates. A verb of
 * saying ({@code dkg:reportCue}) after a comma that closes a clause with its own verb, then the date with at most its
 * article between. Thread-safe.
 */
final class ReportDates {

    private final PhraseTable<Boolean> reports;

    ReportDates(Lexicon lexicon) {
        this.reports = lexicon.reportCues(CueKind.EVENT);
    }

    /** Whether {@code date} is the date of a report in an incise of {@code tokens}. */
    boolean reported(DateMention date, List<Token> tokens) {
        for (PhraseMatch<Boolean> report : reports.findAll(tokens)) {
            // "X, le Premier ministre de Singapour, ont annoncé le 12 mars ...": a comma that ends the subject's
            // apposition sets off no incise; only a clause with a verb of its own before the comma is reported.
            boolean incise = report.start() > 0 && tokens.get(report.start() - 1).text().equals(",")
                    && !EventClauses.same(tokens, 0, report.start() - 1, false);
            boolean next = date.first() - report.end() <= 1
                    && EventClauses.determinersOnly(tokens, report.end(), date.first());
            if (incise && next) {
                return true;
            }
        }
        return false;
    }
}
