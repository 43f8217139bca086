package diplokg.generate;

import diplokg.ProjectFiles;
import java.util.ArrayList;
import java.util.List;

/** The generator's data and a sample of generated articles, built once for all the generator's tests. */
final class Samples {

    static final long SEED = 20240513L;
    /** 400 by default; {@code -Dgenerate.samples=N} checks more. */
    static final int COUNT = Integer.getInteger("generate.samples", 400);

    private static GeneratorData data;
    private static List<GeneratedArticle> articles;

    private Samples() {
    }

    static synchronized GeneratorData data() {
        if (data == null) {
            data = GeneratorData.load(ProjectFiles.ONTOLOGY);
        }
        return data;
    }

    /** {@link #COUNT} articles of seed {@value #SEED}. */
    static synchronized List<GeneratedArticle> articles() {
        if (articles == null) {
            CorpusGenerator generator = new CorpusGenerator(data());
            List<GeneratedArticle> generated = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                generated.add(generator.article(SEED, i, CorpusGenerator.digits(COUNT)));
            }
            articles = List.copyOf(generated);
        }
        return articles;
    }
}
