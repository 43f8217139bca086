package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void ordersNumbersInTextByValue() {
        List<String> sentences = List.of("a/sentence/10", "a/sentence/2", "a/sentence/0", "a/sentence/11",
                "a/sentence/1");
        assertEquals(List.of("a/sentence/0", "a/sentence/1", "a/sentence/2", "a/sentence/10", "a/sentence/11"),
                sentences.stream().sorted(NaturalOrder.INSTANCE).toList());
    }

    @Test
    void comparesTextCharacterByCharacterAndPrefixesFirst() {
        assertEquals(List.of("event/a-2", "event/a-10", "event/b-1", "event/b-1x", "x"),
                List.of("x", "event/b-1x", "event/a-10", "event/b-1", "event/a-2").stream()
                        .sorted(NaturalOrder.INSTANCE).toList());
    }

    @Test
    void readsNumbersLongerThanALong() {
        assertEquals(-1, Integer.signum(NaturalOrder.INSTANCE.compare("n99999999999999999999",
                "n100000000000000000000")));
    }
}
