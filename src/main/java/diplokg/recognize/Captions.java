package diplokg.recognize;

import diplokg.article.ArticleReader;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;

/**
 * Whether a body sentence is a photo caption: its line of the article ends with a photo credit ("Le ministre X lors
 * de la réunion. Photo : VNA"). A caption shows a moment of an event the body tells ("Panorama de la réunion", "X
 * s'exprime à la cérémonie"); it tells no event of its own. A caption that writes a year shows a picture of another
 * time ("Signature d'un mémorandum, 20 mars 2015"), an event the body may not tell: that one is read. The title line
 * is left to the rules of the title, which may be the one place an event is named.
 */
final class Captions {

    private Captions() {
    }

    /** Whether {@code sentence} of {@code article} is in a caption of the body that writes no year. */
    static boolean undatedCaption(AnnotatedArticle article, Sentence sentence, DateReader dates) {
        boolean title = article.article().title().map(t -> sentence.start() < t.end()).orElse(false);
        if (title) {
            return false;
        }
        String text = article.article().text();
        int end = text.indexOf('\n', sentence.end());
        return ArticleReader.endsWithPhotoCredit(text.substring(sentence.start(), end < 0 ? text.length() : end))
                && dates.recognize(sentence).stream().noneMatch(d -> !d.relative() && d.year() != 0);
    }
}
