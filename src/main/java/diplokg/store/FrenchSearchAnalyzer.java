package diplokg.store;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How the full-text index reads French, for the texts it indexes and for the words people search with: Lucene's
 * {@link FrenchAnalyzer} chain (elisions split with its articles, lower case, its French stop words, light
 * stemming), with accents folded as well, so that "coopération" and "cooperation", "Hanoï" and "Hanoi", "Lương
 * Cường" and "Luong Cuong" match each other.
 *
 * <p>Order matters. Stop words are removed before folding, because Lucene's list spells them with their accents
 * ("été", "à"). Folding comes before stemming, so that the stemmer sees the same letters whether or not the writer
 * (or the searcher) typed the accents, and both sides of a search end in the same stem. The word lists are
 * Lucene's, not ours: they are French grammar, not diplokg's lexicon.
 */
public final class FrenchSearchAnalyzer extends StopwordAnalyzerBase {

    /** An analyzer with Lucene's French stop words. */
    public FrenchSearchAnalyzer() {
        super(FrenchAnalyzer.getDefaultStopSet());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, stopwords);
        result = new ASCIIFoldingFilter(result);
        result = new FrenchLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // What wildcard and fuzzy terms of a query go through: everything but stop words and stemming.
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }
}
