package diplokg.knowledge;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What is known of one bilateral relation, from every article that states something of it.
 *
 * <p>Rules. <b>Level timeline</b>: each level stated starts at its earliest announcement (status established), or,
 * never announced, at the earliest article that refers to it. Taken in time order, a level opens an interval when it
 * is higher than the level in force, which the new interval closes ({@code dkg:until}); levels are raised, not
 * lowered, so a level first stated while a higher one is in force opens none, and its statements stay visible as
 * {@code dkg:contradictedBy} of the interval in force at their date. A level stated only in undated articles gets an
 * interval without dates. <b>Establishment</b>: one claim per year given, the year most articles give preferred (the
 * earliest on a tie), the others dissenting. <b>Targets</b>: one claim per indicator, value, unit and year, with the
 * first and last months it was stated. <b>Counts</b>: articles about the relation (each linked), per sector discussed,
 * per group of sectors (an article discussing two sectors of a group counts once) and discussing any sector.
 */
final class RelationKnowledge {

    private static final Comparator<LevelMention> QUOTE_FIRST = Comparator
            .comparing((LevelMention m) -> !m.announced())
            .thenComparing(LevelMention::articleDate, ArticleDate.ORDER)
            .thenComparing(m -> m.sentences().isEmpty() ? "" : m.sentences().get(0).toString());

    private final Map<Node, Integer> ranks;
    private final Map<Node, Node> sectorGroups;

    RelationKnowledge(ReferenceFacts facts) {
        this.ranks = facts.ranks();
        this.sectorGroups = facts.sectorGroups();
    }

    void derive(Node relation, List<Mention> mentions, KnowledgeOut out) {
        out.extend(relation);
        // Linked, not only counted: an article that states nothing else of the pair (only dkg:about, or only a
        // contradicted level) must lead a later removal back to this key.
        out.support(relation, mentions.stream().map(Mention::article).toList(), List.of());
        levels(relation, only(mentions, LevelMention.class), out);
        establishment(relation, only(mentions, EstablishmentMention.class), out);
        targets(relation, only(mentions, TargetMention.class), out);
        sectors(relation, only(mentions, AboutMention.class), out);
    }

    private void levels(Node relation, List<LevelMention> mentions, KnowledgeOut out) {
        if (mentions.isEmpty()) {
            return;
        }
        Map<Node, List<LevelMention>> byLevel = mentions.stream()
                .collect(Collectors.groupingBy(LevelMention::level, () -> new TreeMap<>(KnowledgeOut.NODE_ORDER),
                        Collectors.toList()));
        // Each level's start, computed once: the earliest announcement, else the earliest reference.
        Map<Node, String> starts = new TreeMap<>(KnowledgeOut.NODE_ORDER);
        byLevel.forEach((level, stated) ->
                start(stated).ifPresent(day -> starts.put(level, ArticleDate.firstDay(day))));
        List<Node> dated = new ArrayList<>(starts.keySet());
        dated.sort(Comparator.comparing((Node level) -> starts.get(level)).thenComparing(this::rank));
        List<Node> chain = new ArrayList<>();
        List<Node> rejected = new ArrayList<>();
        for (Node level : dated) {
            if (chain.isEmpty() || rank(level) < rank(chain.get(chain.size() - 1))) {
                chain.add(level);
            } else {
                rejected.add(level);
            }
        }
        List<Node> intervals = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Node level = chain.get(i);
            String from = start(byLevel.get(level)).get();
            Node interval = interval(relation, level, byLevel.get(level), out);
            out.add(interval, Dkg.from, ArticleDate.day(from));
            out.add(interval, Dkg.fromPeriod, ArticleDate.literal(from));
            out.flag(interval, Dkg.announced, byLevel.get(level).stream().anyMatch(LevelMention::announced));
            if (i + 1 < chain.size()) {
                out.add(interval, Dkg.until, ArticleDate.day(starts.get(chain.get(i + 1))));
            }
            intervals.add(interval);
        }
        byLevel.keySet().stream().filter(level -> !starts.containsKey(level))
                .forEach(level -> interval(relation, level, byLevel.get(level), out));
        for (Node level : rejected) {
            for (LevelMention mention : byLevel.get(level)) {
                String when = mention.articleDate() == null ? starts.get(level)
                        : ArticleDate.firstDay(mention.articleDate());
                out.add(intervals.get(inForce(chain, starts, when)), Dkg.contradictedBy, mention.statement());
            }
        }
        byLevel.keySet().stream().min(Comparator.comparing(this::rank))
                .ifPresent(highest -> out.add(relation, Dkg.highestLevel, highest));
    }

    private Node interval(Node relation, Node level, List<LevelMention> stated, KnowledgeOut out) {
        Node interval = out.part(relation, Dkg.levelInterval, child(relation, "level/" + local(level)),
                Dkg.LevelInterval.asNode());
        out.add(interval, Dkg.level, level);
        out.supportPart(interval, stated.stream().map(LevelMention::article).toList(),
                stated.stream().map(LevelMention::statement).toList());
        stated.stream().min(QUOTE_FIRST).filter(m -> !m.sentences().isEmpty())
                .ifPresent(m -> out.add(interval, Dkg.quote, m.sentences().get(0)));
        return interval;
    }

    /** The index in {@code chain} of the level in force on {@code day}: the last one starting on or before it. */
    private static int inForce(List<Node> chain, Map<Node, String> starts, String day) {
        int index = 0;
        for (int i = 0; i < chain.size(); i++) {
            if (starts.get(chain.get(i)).compareTo(day) <= 0) {
                index = i;
            }
        }
        return index;
    }

    /** The earliest announcement's date, else the earliest reference's; empty when no article is dated. */
    private static Optional<String> start(List<LevelMention> stated) {
        Optional<String> announced = stated.stream().filter(LevelMention::announced)
                .map(LevelMention::articleDate).filter(d -> d != null).min(String::compareTo);
        return announced.isPresent() ? announced
                : stated.stream().map(LevelMention::articleDate).filter(d -> d != null).min(String::compareTo);
    }

    private int rank(Node level) {
        return ranks.getOrDefault(level, Integer.MAX_VALUE);
    }

    private static void establishment(Node relation, List<EstablishmentMention> mentions, KnowledgeOut out) {
        if (mentions.isEmpty()) {
            return;
        }
        Map<String, List<EstablishmentMention>> byYear = mentions.stream()
                .collect(Collectors.groupingBy(EstablishmentMention::year, TreeMap::new, Collectors.toList()));
        String preferred = byYear.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, List<EstablishmentMention>> e) ->
                        articles(e.getValue().stream().map(EstablishmentMention::article).toList()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .get().getKey();
        out.add(relation, Dkg.establishedYear, year(preferred));
        byYear.forEach((year, stated) -> {
            Node claim = out.part(relation, Dkg.establishmentClaim, child(relation, "established/" + year),
                    Dkg.EstablishmentClaim.asNode());
            out.add(claim, Dkg.establishedYear, year(year));
            out.flag(claim, Dkg.preferred, year.equals(preferred));
            out.supportPart(claim, stated.stream().map(EstablishmentMention::article).toList(),
                    stated.stream().map(EstablishmentMention::statement).toList());
            stated.stream().filter(m -> !m.sentences().isEmpty())
                    .min(Comparator.comparing(EstablishmentMention::articleDate, ArticleDate.ORDER)
                            .thenComparing(m -> m.sentences().get(0).toString()))
                    .ifPresent(m -> out.add(claim, Dkg.quote, m.sentences().get(0)));
        });
    }

    private static void targets(Node relation, List<TargetMention> mentions, KnowledgeOut out) {
        Map<String, List<TargetMention>> byGoal = mentions.stream()
                .collect(Collectors.groupingBy(RelationKnowledge::goal, TreeMap::new, Collectors.toList()));
        byGoal.forEach((goal, stated) -> {
            TargetMention first = stated.get(0);
            Node claim = out.part(relation, Dkg.targetClaim, child(relation, "target/" + goal),
                    Dkg.TargetClaim.asNode());
            out.add(claim, Dkg.indicator, first.indicator());
            out.add(claim, Dkg.value, first.value());
            out.add(claim, Dkg.unit, first.unit());
            out.add(claim, Dkg.targetYear, first.year());
            List<String> dates = stated.stream().map(TargetMention::articleDate).filter(d -> d != null).sorted()
                    .toList();
            if (!dates.isEmpty()) {
                out.add(claim, Dkg.firstAttested, ArticleDate.literal(dates.get(0)));
                out.add(claim, Dkg.lastAttested, ArticleDate.literal(dates.get(dates.size() - 1)));
            }
            out.supportPart(claim, stated.stream().map(TargetMention::article).toList(),
                    stated.stream().map(TargetMention::statement).toList());
            stated.stream().filter(m -> !m.sentences().isEmpty())
                    .max(Comparator.comparing(TargetMention::articleDate, Comparator.nullsFirst(
                            Comparator.<String>naturalOrder())).thenComparing(m -> m.sentences().get(0).toString(),
                            Comparator.reverseOrder()))
                    .ifPresent(m -> out.add(claim, Dkg.quote, m.sentences().get(0)));
        });
    }

    /** The claim's id under its relation: indicator, value and unit, and the year or {@code open}. */
    private static String goal(TargetMention target) {
        String year = target.year() == null ? "open" : target.year().getLiteralLexicalForm();
        return local(target.indicator()) + "/" + local(target.value()) + "-" + local(target.unit())
                + "/" + year;
    }

    private void sectors(Node relation, List<AboutMention> mentions, KnowledgeOut out) {
        Map<Node, List<Node>> articlesBySector = new TreeMap<>(KnowledgeOut.NODE_ORDER);
        Map<Node, List<Node>> articlesByGroup = new TreeMap<>(KnowledgeOut.NODE_ORDER);
        List<Node> withSectors = new ArrayList<>();
        for (AboutMention mention : mentions) {
            mention.sectors().forEach(sector -> {
                articlesBySector.computeIfAbsent(sector, s -> new ArrayList<>()).add(mention.article());
                Node group = sectorGroups.get(sector);
                if (group != null) {
                    articlesByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(mention.article());
                }
            });
            if (!mention.sectors().isEmpty()) {
                withSectors.add(mention.article());
            }
        }
        if (!withSectors.isEmpty()) {
            out.count(relation, Dkg.sectorArticleCount, articles(withSectors));
        }
        articlesByGroup.forEach((group, articles) -> {
            Node coverage = out.part(relation, Dkg.sectorGroupCoverage, child(relation, "sector-group/" + local(group)),
                    Dkg.SectorGroupCoverage.asNode());
            out.add(coverage, Dkg.sectorGroup, group);
            out.count(coverage, Dkg.articleCount, articles(articles));
        });
        articlesBySector.forEach((sector, articles) -> {
            Node coverage = out.part(relation, Dkg.sectorCoverage, child(relation, "sector/" + local(sector)),
                    Dkg.SectorCoverage.asNode());
            out.add(coverage, Dkg.sector, sector);
            // Counted, not linked: the relation links every article already, once instead of once per sector.
            out.count(coverage, Dkg.articleCount, articles(articles));
        });
    }

    private static int articles(List<Node> articles) {
        return KnowledgeOut.sorted(articles).size();
    }

    private static Node year(String year) {
        return NodeFactory.createLiteral(year, XSDDatatype.XSDgYear);
    }

    static Node child(Node parent, String path) {
        return NodeFactory.createURI(parent.getURI() + "/" + path);
    }

    /** The id of a concept (the last segment of its IRI) or a literal's text, made safe for an IRI path. */
    static String local(Node node) {
        if (node == null) {
            return "none";
        }
        if (node.isLiteral()) {
            return BaseIri.segment(node.getLiteralLexicalForm());
        }
        String iri = node.getURI();
        return BaseIri.segment(iri.substring(iri.lastIndexOf('/') + 1));
    }

    private static <T extends Mention> List<T> only(List<Mention> mentions, Class<T> type) {
        return mentions.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
