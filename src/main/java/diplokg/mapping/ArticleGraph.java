package diplokg.mapping;

import diplokg.fact.Official;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.nlp.TextFolder;
import diplokg.vocab.Dkg;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * One article's graph while it is written: the model, the article's resource, and the resources that every fact
 * mapping shares (sentences, states, relations, people, concepts), minted the same way for all. One per article; not
 * thread-safe.
 */
public final class ArticleGraph {

    private final Model model;
    private final Resource article;
    private final String articleId;
    private final IriMinter iris;
    private final PersonResolver people;
    private final Map<String, String> officialStates = new HashMap<>();

    ArticleGraph(Model model, Resource article, String articleId, IriMinter iris, PersonResolver people,
                 List<Official> officials) {
        this.model = model;
        this.article = article;
        this.articleId = articleId;
        this.iris = iris;
        this.people = people;
        officials.forEach(o -> officialStates.put(o.name(), o.state()));
    }

    public Model model() {
        return model;
    }

    /** The article's own resource. */
    public Resource article() {
        return article;
    }

    public String articleId() {
        return articleId;
    }

    public IriMinter iris() {
        return iris;
    }

    /** The sentence with index {@code index}. */
    public Resource sentence(int index) {
        return model.createResource(iris.sentence(articleId, index));
    }

    /**
     * A fact of its own: a resource of {@code type} that points to the article ({@code dkg:statedIn}) and to the
     * sentence that attests it ({@code dkg:evidence}).
     */
    public Resource fact(String iri, Resource type, Stated<?> stated) {
        return model.createResource(iri)
                .addProperty(RDF.type, type)
                .addProperty(Dkg.statedIn, article)
                .addProperty(Dkg.evidence, sentence(stated.sentence()));
    }

    public Resource state(String code) {
        return model.createResource(iris.state(code));
    }

    /** The bilateral relation of {@code pair}, with its two partners. */
    public Resource relation(StatePair pair) {
        return model.createResource(iris.relation(pair))
                .addProperty(RDF.type, Dkg.BilateralRelation)
                .addProperty(RDFS.label, pair.first() + " – " + pair.second())
                .addProperty(Dkg.partner, state(pair.first()))
                .addProperty(Dkg.partner, state(pair.second()));
    }

    /** The concept {@code id} of the SKOS scheme {@code scheme}. */
    public Resource concept(String scheme, String id) {
        return model.createResource(iris.concept(scheme, id));
    }

    /** The identity slug of the person named {@code name}, who serves the state the article's officials give. */
    public String personSlug(String name) {
        return people.slug(name, officialStates.get(name));
    }

    /** The person named {@code name}, mentioned by the article. */
    public Resource person(String name) {
        Resource person = model.createResource(iris.person(personSlug(name)))
                .addProperty(RDF.type, Dkg.Person)
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(Dkg.name, name)
                .addProperty(RDFS.label, name)
                .addProperty(Dkg.nameKey, TextFolder.key(name));
        article.addProperty(Dkg.mentionsPerson, person);
        return person;
    }
}
