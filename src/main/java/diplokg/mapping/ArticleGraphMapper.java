package diplokg.mapping;

import diplokg.article.Article;
import diplokg.nlp.Sentence;
import diplokg.recognize.AgreementMention;
import diplokg.recognize.ArticleFacts;
import diplokg.recognize.DiplomaticEvent;
import diplokg.recognize.Establishment;
import diplokg.recognize.Mention;
import diplokg.recognize.NamedOrganization;
import diplokg.recognize.Official;
import diplokg.recognize.Partnership;
import diplokg.recognize.StatePair;
import diplokg.recognize.Target;
import diplokg.vocab.Dkg;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Maps one article's facts to the graph that becomes its named graph.
 *
 * <p>Every fact is a resource of its own that points to the article ({@code dkg:statedIn}) and to the sentence
 * that attests it ({@code dkg:evidence}); sentences carry their text and character offsets into the original file.
 * The graph holds only what this article says, so replacing it replaces exactly the article's contribution.
 * Stateless apart from its configuration; thread-safe.
 */
public final class ArticleGraphMapper {

    static final String SCHEMA = "https://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private final IriMinter iris;

    public ArticleGraphMapper(IriMinter iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** The graph of {@code facts}, produced by {@code run}; each name its own person. */
    public Graph map(ArticleFacts facts, ExtractionRun run) {
        return map(facts, run, PersonResolver.BY_NAME);
    }

    /** The graph of {@code facts}, produced by {@code run}, with people identified by {@code people}. */
    public Graph map(ArticleFacts facts, ExtractionRun run, PersonResolver people) {
        Model model = ModelFactory.createDefaultModel();
        Article article = facts.source().article();
        Resource doc = article(model, article, run);
        for (Sentence sentence : facts.source().sentences()) {
            sentence(model, doc, article.id(), sentence);
        }
        states(model, doc, article.id(), facts);
        for (StatePair pair : facts.pairs()) {
            doc.addProperty(Dkg.about, relation(model, pair));
        }
        new FactWriter(model, doc, article.id(), people).write(facts);
        return model.getGraph();
    }

    private Resource article(Model model, Article article, ExtractionRun run) {
        Resource doc = model.createResource(iris.article(article.id()))
                .addProperty(RDF.type, Dkg.Article)
                .addProperty(RDF.type, model.createResource(SCHEMA + "NewsArticle"))
                .addProperty(Dkg.articleId, article.id())
                .addProperty(Dkg.title, article.title().text(), "fr")
                .addProperty(RDFS.label, article.title().text(), "fr")
                .addProperty(Dkg.sourceFile, article.source().getFileName().toString())
                .addProperty(Dkg.contentHash, article.contentHash());
        article.publicationMonth().ifPresent(month ->
                doc.addProperty(Dkg.publicationMonth, month.toString(), XSDDatatype.XSDgYearMonth));
        article.sourceCredit().ifPresent(credit -> doc.addProperty(Dkg.sourceCredit, credit));
        Resource activity = model.createResource(iris.extraction(article.id()))
                .addProperty(RDF.type, Dkg.Extraction)
                .addProperty(Dkg.extractorVersion, run.extractorVersion())
                .addProperty(model.createProperty(PROV, "endedAtTime"), run.time().toString(), XSDDatatype.XSDdateTime)
                .addProperty(model.createProperty(PROV, "wasAssociatedWith"), model.createResource(iris.agent()));
        doc.addProperty(model.createProperty(PROV, "wasGeneratedBy"), activity);
        return doc;
    }

    private void sentence(Model model, Resource doc, String articleId, Sentence sentence) {
        Resource node = model.createResource(iris.sentence(articleId, sentence.index()))
                .addProperty(RDF.type, Dkg.Sentence)
                .addProperty(Dkg.sentenceIndex, integer(model, sentence.index()))
                .addProperty(Dkg.text, sentence.text())
                .addProperty(Dkg.startOffset, integer(model, sentence.start()))
                .addProperty(Dkg.endOffset, integer(model, sentence.end()))
                .addProperty(Dkg.inArticle, doc);
        doc.addProperty(Dkg.hasSentence, node);
    }

    private static org.apache.jena.rdf.model.Literal integer(Model model, int value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    private void states(Model model, Resource doc, String articleId, ArticleFacts facts) {
        Set<String> seen = new LinkedHashSet<>();
        for (Mention mention : facts.states()) {
            Resource state = model.createResource(iris.state(mention.value()));
            model.createResource(iris.sentence(articleId, mention.sentence())).addProperty(Dkg.mentionsState, state);
            if (seen.add(mention.value())) {
                doc.addProperty(Dkg.mentionsState, state);
            }
        }
    }

    private Resource relation(Model model, StatePair pair) {
        return model.createResource(iris.relation(pair))
                .addProperty(RDF.type, Dkg.BilateralRelation)
                .addProperty(RDFS.label, pair.first() + " – " + pair.second())
                .addProperty(Dkg.partner, model.createResource(iris.state(pair.first())))
                .addProperty(Dkg.partner, model.createResource(iris.state(pair.second())));
    }

    /** Writes the facts that get resources of their own; one instance per article. */
    private final class FactWriter {

        private final Model model;
        private final Resource doc;
        private final String articleId;
        private final PersonResolver people;
        private final java.util.Map<String, String> states = new java.util.HashMap<>();

        FactWriter(Model model, Resource doc, String articleId, PersonResolver people) {
            this.model = model;
            this.doc = doc;
            this.articleId = articleId;
            this.people = people;
        }

        void write(ArticleFacts facts) {
            facts.officials().forEach(o -> states.put(o.name(), o.state()));
            facts.officials().forEach(this::official);
            sectors(facts);
            for (int i = 0; i < facts.partnerships().size(); i++) {
                partnership(i, facts.partnerships().get(i));
            }
            for (int i = 0; i < facts.events().size(); i++) {
                event(i, facts.events().get(i));
            }
            for (int i = 0; i < facts.establishments().size(); i++) {
                establishment(i, facts.establishments().get(i));
            }
            for (int i = 0; i < facts.targets().size(); i++) {
                target(i, facts.targets().get(i));
            }
            for (int i = 0; i < facts.organizations().size(); i++) {
                organization(facts.organizations().get(i));
            }
            for (int i = 0; i < facts.agreements().size(); i++) {
                agreement(i, facts.agreements().get(i));
            }
        }

        private Resource fact(String iri, Resource type, int sentence) {
            return model.createResource(iri)
                    .addProperty(RDF.type, type)
                    .addProperty(Dkg.statedIn, doc)
                    .addProperty(Dkg.evidence, model.createResource(iris.sentence(articleId, sentence)));
        }

        private Resource person(String name) {
            Resource person = model.createResource(iris.person(people.slug(name, states.get(name))))
                    .addProperty(RDF.type, Dkg.Person)
                    .addProperty(RDF.type, model.createResource(FOAF + "Person"))
                    .addProperty(Dkg.name, name)
                    .addProperty(RDFS.label, name)
                    .addProperty(Dkg.nameKey, diplokg.nlp.TextFolder.key(name));
            doc.addProperty(Dkg.mentionsPerson, person);
            return person;
        }

        private void official(Official official) {
            Resource person = person(official.name());
            String slug = people.slug(official.name(), official.state());
            Resource position = fact(iris.position(slug, official.role(), official.state()),
                    Dkg.Position, official.sentence())
                    .addProperty(Dkg.holder, person)
                    .addProperty(Dkg.role, concept("role", official.role()));
            if (official.state() != null) {
                position.addProperty(Dkg.forState, model.createResource(iris.state(official.state())));
            }
            person.addProperty(Dkg.holds, position);
        }

        private void sectors(ArticleFacts facts) {
            for (Mention mention : facts.sectors()) {
                Resource sector = concept("sector", mention.value());
                doc.addProperty(Dkg.discussesSector, sector);
                model.createResource(iris.sentence(articleId, mention.sentence()))
                        .addProperty(Dkg.discussesSector, sector);
            }
        }

        private void partnership(int ordinal, Partnership partnership) {
            fact(iris.articleFact("partnership", articleId, ordinal), Dkg.PartnershipStatement, partnership.sentence())
                    .addProperty(Dkg.pair, relation(model, partnership.pair()))
                    .addProperty(Dkg.level, concept("level", partnership.level()))
                    .addProperty(Dkg.status, concept("status", partnership.status()));
        }

        private void event(int ordinal, DiplomaticEvent event) {
            Resource node = fact(iris.articleFact("event", articleId, ordinal), Dkg.Event, event.sentence())
                    .addProperty(RDF.type, model.createResource(SEM + "Event"))
                    .addProperty(Dkg.eventType, concept("event-type", event.type()));
            if (event.date() != null) {
                node.addProperty(Dkg.date, event.date());
                if (event.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    node.addProperty(Dkg.timeStamp, event.date(), XSDDatatype.XSDdate);
                }
            }
            if (event.place() != null) {
                node.addProperty(Dkg.place, event.place());
            }
            event.participants().forEach(name -> node.addProperty(Dkg.participant, person(name)));
        }

        private void establishment(int ordinal, Establishment establishment) {
            fact(iris.articleFact("establishment", articleId, ordinal), Dkg.RelationsEstablishment,
                    establishment.sentence())
                    .addProperty(Dkg.pair, relation(model, establishment.pair()))
                    .addProperty(Dkg.establishedYear, String.valueOf(establishment.year()), XSDDatatype.XSDgYear);
        }

        private void target(int ordinal, Target target) {
            Resource node = fact(iris.articleFact("target", articleId, ordinal), Dkg.Target, target.sentence())
                    .addProperty(Dkg.pair, relation(model, target.pair()))
                    .addProperty(Dkg.indicator, concept("indicator", target.indicator()))
                    .addProperty(Dkg.value, target.value().toPlainString(), XSDDatatype.XSDdecimal)
                    .addProperty(Dkg.unit, target.unit());
            if (target.year() > 0) {
                node.addProperty(Dkg.targetYear, String.valueOf(target.year()), XSDDatatype.XSDgYear);
            }
        }

        private void organization(NamedOrganization organization) {
            Resource node = fact(iris.organization(organization.names().get(0)), Dkg.Organization,
                    organization.sentence())
                    .addProperty(RDFS.label, organization.names().get(0));
            organization.names().forEach(name -> node.addProperty(Dkg.name, name));
            doc.addProperty(Dkg.mentionsOrganization, node);
        }

        private void agreement(int ordinal, AgreementMention agreement) {
            Resource node = fact(iris.articleFact("agreement", articleId, ordinal), Dkg.Agreement, agreement.sentence())
                    .addProperty(Dkg.agreementType, concept("agreement-type", agreement.type()));
            if (agreement.pair() != null) {
                node.addProperty(Dkg.pair, relation(model, agreement.pair()));
            }
        }

        private Resource concept(String scheme, String id) {
            return model.createResource(iris.concept(scheme, id));
        }
    }
}
