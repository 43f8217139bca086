package diplokg.evaluate;

import diplokg.evaluate.Annotation.AgreementItem;
import diplokg.evaluate.Annotation.EstablishmentItem;
import diplokg.evaluate.Annotation.EventItem;
import diplokg.evaluate.Annotation.OfficialItem;
import diplokg.evaluate.Annotation.PartnershipItem;
import diplokg.evaluate.Annotation.TargetItem;
import diplokg.vocab.Dkg;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Builds the contract's annotation of every article in the store, by SPARQL over the article graphs: what the JSON
 * says is what the graph says. One query per field over all article graphs, grouped by graph in Java, so the cost
 * does not grow with one query per article.
 */
public final class AnnotationExporter {

    private static final String PREFIXES = "PREFIX dkg: <" + Dkg.NS + ">\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private static final String PAIR = "?rel dkg:partner ?s1 , ?s2 FILTER(STR(?s1) < STR(?s2)) ";
    private static final String CODES = "?s1 dkg:iso2 ?c1 . ?s2 dkg:iso2 ?c2 . ";

    private final DatasetGraph dataset;

    public AnnotationExporter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The annotation of every article, by article id. */
    public Map<String, Annotation> export() {
        return Txn.calculateRead(dataset, this::exportInTransaction);
    }

    private Map<String, Annotation> exportInTransaction() {
        Map<String, Draft> drafts = new TreeMap<>();
        select("SELECT ?g ?id ?title ?month { GRAPH ?g { ?a a dkg:Article ; dkg:articleId ?id ; dkg:title ?title "
                + "OPTIONAL { ?a dkg:publicationMonth ?month } } }", row -> drafts.put(graph(row),
                new Draft(row.getLiteral("id").getString(), row.getLiteral("title").getString(),
                        row.contains("month") ? row.getLiteral("month").getLexicalForm() : null)));
        select("SELECT ?g ?code { GRAPH ?g { ?a a dkg:Article ; dkg:mentionsState ?s } ?s dkg:iso2 ?code }",
                row -> draft(drafts, row).states.add(string(row, "code")));
        select("SELECT ?g ?c1 ?c2 { GRAPH ?g { ?a a dkg:Article ; dkg:about ?rel . " + PAIR + "} " + CODES + "}",
                row -> draft(drafts, row).pairs.add(pair(row)));
        select("SELECT ?g ?c1 ?c2 ?level ?status { GRAPH ?g { ?x a dkg:PartnershipStatement ; dkg:pair ?rel ; "
                + "dkg:level ?l ; dkg:status ?st . " + PAIR + "} " + CODES
                + "?l skos:notation ?level . ?st skos:notation ?status }",
                row -> draft(drafts, row).partnerships.add(new PartnershipItem(pair(row), string(row, "level"),
                        string(row, "status"))));
        select("SELECT ?g ?role ?code (MAX(?n) AS ?name) { GRAPH ?g { ?x a dkg:Position ; dkg:holder ?p ; "
                + "dkg:role ?r . ?p dkg:name ?n OPTIONAL { ?x dkg:forState ?s } } ?r skos:notation ?role "
                + "OPTIONAL { ?s dkg:iso2 ?code } } GROUP BY ?g ?x ?role ?code",
                row -> draft(drafts, row).officials.add(new OfficialItem(string(row, "name"), string(row, "role"),
                        string(row, "code"))));
        select("SELECT ?g ?id { GRAPH ?g { ?a a dkg:Article ; dkg:discussesSector ?s } ?s skos:notation ?id }",
                row -> draft(drafts, row).sectors.add(string(row, "id")));
        events(drafts);
        select("SELECT ?g ?c1 ?c2 ?year { GRAPH ?g { ?x a dkg:RelationsEstablishment ; dkg:pair ?rel ; "
                + "dkg:establishedYear ?year . " + PAIR + "} " + CODES + "}",
                row -> draft(drafts, row).establishments.add(new EstablishmentItem(pair(row),
                        Integer.parseInt(string(row, "year")))));
        select("SELECT ?g ?c1 ?c2 ?indicator ?value ?unit ?year { GRAPH ?g { ?x a dkg:Target ; dkg:pair ?rel ; "
                + "dkg:indicator ?i ; dkg:value ?value ; dkg:unit ?unit OPTIONAL { ?x dkg:targetYear ?year } "
                + PAIR + "} " + CODES + "?i skos:notation ?indicator }",
                row -> draft(drafts, row).targets.add(new TargetItem(pair(row), string(row, "indicator"),
                        new BigDecimal(string(row, "value")), string(row, "unit"),
                        row.contains("year") ? Integer.valueOf(string(row, "year")) : null)));
        organizations(drafts);
        select("SELECT ?g ?x ?type ?c1 ?c2 { GRAPH ?g { ?x a dkg:Agreement ; dkg:agreementType ?t "
                + "OPTIONAL { ?x dkg:pair ?rel . " + PAIR + "} } ?t skos:notation ?type "
                + "OPTIONAL { " + CODES + "} }",
                row -> draft(drafts, row).agreements.add(new AgreementItem(string(row, "type"),
                        row.contains("c1") ? pair(row) : null)));
        Map<String, Annotation> annotations = new TreeMap<>();
        drafts.values().forEach(d -> annotations.put(d.id, d.build()));
        return annotations;
    }

    private void events(Map<String, Draft> drafts) {
        Map<String, EventRow> events = new LinkedHashMap<>();
        select("SELECT ?g ?e ?type ?date ?place ?who { GRAPH ?g { ?e a dkg:Event ; dkg:eventType ?t "
                + "OPTIONAL { ?e dkg:date ?date } OPTIONAL { ?e dkg:place ?place } "
                + "OPTIONAL { ?e dkg:participant/dkg:name ?who } } ?t skos:notation ?type } ORDER BY ?g ?e ?who",
                row -> {
                    EventRow event = events.computeIfAbsent(graph(row) + " " + row.getResource("e").getURI(),
                            k -> new EventRow(graph(row), string(row, "type"), string(row, "date"),
                                    string(row, "place"), new TreeSet<>()));
                    if (row.contains("who")) {
                        event.who().add(string(row, "who"));
                    }
                });
        events.values().forEach(e -> {
            Draft draft = drafts.get(e.graph());
            if (draft != null) {
                draft.events.add(new EventItem(e.type(), e.date(), e.place(), List.copyOf(e.who())));
            }
        });
    }

    private void organizations(Map<String, Draft> drafts) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, String> graphs = new LinkedHashMap<>();
        select("SELECT ?g ?o ?name { GRAPH ?g { ?a a dkg:Article ; dkg:mentionsOrganization ?o . ?o dkg:name ?name }"
                + " } ORDER BY ?g ?o ?name", row -> {
                    String key = graph(row) + " " + row.getResource("o").getURI();
                    graphs.put(key, graph(row));
                    names.computeIfAbsent(key, k -> new ArrayList<>()).add(string(row, "name"));
                });
        names.forEach((key, list) -> {
            Draft draft = drafts.get(graphs.get(key));
            if (draft != null) {
                draft.organizations.add(List.copyOf(list));
            }
        });
    }

    private void select(String query, Consumer<QuerySolution> action) {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(PREFIXES + query).set(TDB2.symUnionDefaultGraph, true).build()) {
            ResultSet rows = execution.execSelect();
            rows.forEachRemaining(action);
        }
    }

    private static Draft draft(Map<String, Draft> drafts, QuerySolution row) {
        return drafts.computeIfAbsent(graph(row), g -> new Draft("?", "", null));
    }

    private static String graph(QuerySolution row) {
        return row.getResource("g").getURI();
    }

    private static String string(QuerySolution row, String variable) {
        return row.contains(variable) ? row.get(variable).asLiteral().getLexicalForm() : null;
    }

    private static List<String> pair(QuerySolution row) {
        return List.of(string(row, "c1"), string(row, "c2")).stream().sorted().toList();
    }

    private record EventRow(String graph, String type, String date, String place, TreeSet<String> who) {
    }

    /** An annotation being filled, field by field. */
    private static final class Draft {
        final String id;
        final String title;
        final String date;
        final TreeSet<String> states = new TreeSet<>();
        final List<List<String>> pairs = new ArrayList<>();
        final List<PartnershipItem> partnerships = new ArrayList<>();
        final List<OfficialItem> officials = new ArrayList<>();
        final TreeSet<String> sectors = new TreeSet<>();
        final List<EventItem> events = new ArrayList<>();
        final List<EstablishmentItem> establishments = new ArrayList<>();
        final List<TargetItem> targets = new ArrayList<>();
        final List<List<String>> organizations = new ArrayList<>();
        final List<AgreementItem> agreements = new ArrayList<>();

        Draft(String id, String title, String date) {
            this.id = id;
            this.title = title;
            this.date = date;
        }

        Annotation build() {
            pairs.sort(Comparator.comparing(Object::toString));
            partnerships.sort(Comparator.comparing(Object::toString));
            officials.sort(Comparator.comparing(Object::toString));
            events.sort(Comparator.comparing(Object::toString));
            establishments.sort(Comparator.comparing(Object::toString));
            targets.sort(Comparator.comparing(Object::toString));
            organizations.sort(Comparator.comparing(Object::toString));
            agreements.sort(Comparator.comparing(Object::toString));
            return new Annotation(id, date, title, List.copyOf(states), pairs, partnerships, officials,
                    List.copyOf(sectors), events, establishments, targets, organizations, agreements);
        }
    }
}
