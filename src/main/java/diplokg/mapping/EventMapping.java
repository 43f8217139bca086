package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.Event;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import diplokg.vocab.Namespaces;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * An event: a {@code dkg:Event} (also {@code sem:Event}) with its type concept, date as written (and an
 * {@code xsd:date} time stamp when the day is known), place and participants. Participants read back sorted.
 */
final class EventMapping implements FactMapping<Event> {

    private static final String FULL_DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Override
    public FactKind<Event> kind() {
        return Contract.EVENTS;
    }

    @Override
    public void write(Stated<Event> fact, int ordinal, ArticleGraph graph) {
        Event event = fact.fact();
        Resource node = graph.fact(graph.iris().articleFact("event", graph.articleId(), ordinal), Dkg.Event, fact)
                .addProperty(RDF.type, graph.model().createResource(Namespaces.SEM + "Event"))
                .addProperty(Dkg.eventType, graph.concept("event-type", event.type()));
        if (event.date() != null) {
            node.addProperty(Dkg.date, event.date());
            if (event.date().matches(FULL_DATE)) {
                node.addProperty(Dkg.timeStamp, event.date(), XSDDatatype.XSDdate);
            }
        }
        if (event.place() != null) {
            node.addProperty(Dkg.place, event.place());
        }
        event.participants().forEach(name -> node.addProperty(Dkg.participant, graph.person(name)));
    }

    @Override
    public String select() {
        return "SELECT ?g ?item ?type ?date ?place ?who { GRAPH ?g { ?item a dkg:Event ; dkg:eventType ?t "
                + "OPTIONAL { ?item dkg:date ?date } OPTIONAL { ?item dkg:place ?place } "
                + "OPTIONAL { ?item dkg:participant/dkg:name ?who } } ?t skos:notation ?type }";
    }

    @Override
    public Event read(List<QuerySolution> rows) {
        QuerySolution row = rows.get(0);
        TreeSet<String> who = new TreeSet<>();
        rows.stream().map(r -> Rows.string(r, "who")).filter(w -> w != null).forEach(who::add);
        return new Event(Rows.string(row, "type"), Rows.string(row, "date"), Rows.string(row, "place"),
                List.copyOf(who));
    }
}
