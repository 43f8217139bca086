package diplokg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.fact.Contract;
import org.junit.jupiter.api.Test;

class FactMappingsTest {

    @Test
    void everyKindOfTheContractHasOneMappingInTheContractsOrder() {
        assertEquals(Contract.KINDS, FactMappings.ALL.stream().map(FactMapping::kind).toList());
    }
}
