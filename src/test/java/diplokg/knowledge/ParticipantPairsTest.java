package diplokg.knowledge;

import static diplokg.knowledge.KnowledgeFixture.derive;
import static diplokg.knowledge.KnowledgeFixture.event;
import static diplokg.knowledge.KnowledgeFixture.happening;
import static diplokg.knowledge.KnowledgeFixture.object;
import static diplokg.knowledge.KnowledgeFixture.objects;
import static diplokg.knowledge.KnowledgeFixture.ofType;
import static diplokg.knowledge.KnowledgeFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.vocab.Dkg;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The pairs of a happening's participants: who met whom, as the reports that name both give them. */
class ParticipantPairsTest {

    private static final Node MEETING = happening("2024-11-13/meeting/FR-VN");

    private static Node pair(String one, String other) {
        return NodeFactory.createURI(MEETING.getURI() + "/pair/" + one + "/" + other);
    }

    private static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }

    @Test
    void aThreePartyMeetingPairsTheGuestWithEachHostButNotTheHostsTogether() {
        Graph derived = derive(List.of(event("a1", 1).on("2024-11-13")
                .official("luong-cuong", "Lương Cường", "VN")
                .official("bui-thanh-son", "Bùi Thanh Sơn", "VN")
                .official("emmanuel-macron", "Emmanuel Macron", "FR").build()));

        assertEquals(Set.of(pair("bui-thanh-son", "emmanuel-macron"), pair("emmanuel-macron", "luong-cuong")),
                objects(derived, MEETING, Dkg.participantPair));
        Node pair = pair("emmanuel-macron", "luong-cuong");
        // In the order of the IRIs: emmanuel-macron before luong-cuong.
        assertEquals(person("emmanuel-macron"), object(derived, pair, Dkg.person1));
        assertEquals(person("luong-cuong"), object(derived, pair, Dkg.person2));
        assertEquals(text("FR"), object(derived, pair, Dkg.states1));
        assertEquals(text("VN"), object(derived, pair, Dkg.states2));
    }

    @Test
    void theReportsThatNameBothGiveEveryStateOfEach() {
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").official("emmanuel-macron", "Macron", "FR")
                        .official("luong-cuong", "Lương Cường", "VN").build(),
                event("a2", 1).on("2024-11-13").official("emmanuel-macron", "Emmanuel Macron", "FR", "AD")
                        .official("luong-cuong", "Luong Cuong", "VN").build()));

        // Andorra, which a2 adds, names the happening with the other two states.
        Node pair = NodeFactory.createURI(happening("2024-11-13/meeting/AD-FR-VN").getURI()
                + "/pair/emmanuel-macron/luong-cuong");
        assertEquals(Set.of(pair), ofType(derived, Dkg.ParticipantPair));
        assertEquals(text("AD FR"), object(derived, pair, Dkg.states1));
    }

    @Test
    void aReportThatGivesBothOneStatePairsThemNotButAnotherReportMay() {
        // a1 gives both offices of Vietnam (a delegation); a2 names them with no office: a pair without states.
        Graph derived = derive(List.of(
                event("a1", 1).on("2024-11-13").of("FR", "VN").official("luong-cuong", "Lương Cường", "VN")
                        .official("pham-minh-chinh", "Phạm Minh Chính", "VN").build(),
                event("a2", 1).on("2024-11-13").of("FR", "VN").named("luong-cuong", "Lương Cường")
                        .named("pham-minh-chinh", "Phạm Minh Chính").build()));

        Node pair = pair("luong-cuong", "pham-minh-chinh");
        assertEquals(Set.of(pair), ofType(derived, Dkg.ParticipantPair));
        assertNull(object(derived, pair, Dkg.states1));
        assertNull(object(derived, pair, Dkg.states2));
    }

    @Test
    void aParticipantTheReportDoesNotNameMakesNoPair() {
        Graph derived = derive(List.of(event("a1", 1).on("2024-11-13").of("FR", "VN")
                .official("luong-cuong", "Lương Cường", "VN").with("emmanuel-macron").build()));

        assertTrue(ofType(derived, Dkg.ParticipantPair).isEmpty(), "a pair without a name");
    }
}
