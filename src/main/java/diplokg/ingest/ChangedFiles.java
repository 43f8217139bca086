package diplokg.ingest;

import diplokg.article.Article;
import diplokg.article.ArticleFileContent;
import diplokg.article.ArticleFormatException;
import diplokg.store.TdbStore;
import diplokg.vocab.Dkg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files of a load hold text the store does not have yet. A file is unchanged when every article it holds is
 * stored with the same content hash; a WARC archive is thus reloaded when any of its pages changed. A file that
 * cannot be read, or has a part that is no article, is loaded again so that the load reports the problem.
 *
 * @param changed        the files to load, in the order given
 * @param unchanged      how many articles were left out because the store holds their text
 * @param skippedRecords WARC records of the unchanged files that are no HTML page, still to be reported
 */
record ChangedFiles(List<Path> changed, int unchanged, int skippedRecords) {

    ChangedFiles {
        changed = List.copyOf(changed);
    }

    /** Every file changed: nothing to compare with. */
    static ChangedFiles all(List<Path> files) {
        return new ChangedFiles(files, 0, 0);
    }

    /** The files of {@code files} whose articles {@code store} does not hold as they are. */
    static ChangedFiles select(List<Path> files, ArticlePipeline pipeline, TdbStore store) {
        Map<Path, ArticleFileContent> contents = new HashMap<>();
        List<String> graphs = new ArrayList<>();
        for (Path file : files) {
            try {
                ArticleFileContent content = pipeline.read(file);
                contents.put(file, content);
                content.articles().forEach(a -> graphs.add(pipeline.base().articleGraph(a.id())));
            } catch (ArticleFormatException e) {
                // Loading it again reports the problem with the other failures.
                continue;
            }
        }
        Map<String, String> hashes = store.graphValues(Dkg.contentHash.getURI(), graphs);
        List<Path> changed = new ArrayList<>();
        int unchanged = 0;
        int skipped = 0;
        for (Path file : files) {
            ArticleFileContent content = contents.get(file);
            if (content != null && isStored(content, hashes, pipeline)) {
                unchanged += content.articles().size();
                skipped += content.skippedRecords();
            } else {
                changed.add(file);
            }
        }
        return new ChangedFiles(changed, unchanged, skipped);
    }

    private static boolean isStored(ArticleFileContent content, Map<String, String> hashes,
                                    ArticlePipeline pipeline) {
        if (content.articles().isEmpty() || !content.problems().isEmpty()) {
            return false;
        }
        for (Article article : content.articles()) {
            if (!article.contentHash().equals(hashes.get(pipeline.base().articleGraph(article.id())))) {
                return false;
            }
        }
        return true;
    }
}
