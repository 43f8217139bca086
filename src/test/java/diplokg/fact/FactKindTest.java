package diplokg.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactKindTest {

    @Test
    void aValueSaidTwiceIsOneItem() {
        assertEquals(List.of("trade", "energy"), Contract.SECTORS.items(List.of("trade", "energy", "trade")));
    }

    @Test
    void twoDocumentsOfOneTypeAndPairAreTwoItems() {
        Agreement treaty = new Agreement("agreement", null);
        assertEquals(List.of(treaty, treaty), Contract.AGREEMENTS.items(List.of(treaty, treaty)));
    }
}
