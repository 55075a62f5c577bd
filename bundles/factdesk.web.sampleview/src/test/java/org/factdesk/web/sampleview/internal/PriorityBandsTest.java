package org.factdesk.web.sampleview.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.Flag;
import org.junit.jupiter.api.Test;

class PriorityBandsTest {
    private static Flag flag(double priority) {
        return new Flag("fd-" + priority, "a.txt", "phone", 0, 1, "x", "x", "x", "open", priority, Map.of());
    }

    @Test
    void countsTheQueueByBandWithTheBoundsInTheHigherBand() {
        assertEquals("{\"high\":2,\"medium\":2,\"low\":1,\"open\":5}",
                PriorityBands.json(List.of(flag(0.95), flag(0.9), flag(0.89), flag(0.7), flag(0.69))));
    }

    @Test
    void anEmptyQueueIsAllZeros() {
        assertEquals("{\"high\":0,\"medium\":0,\"low\":0,\"open\":0}", PriorityBands.json(List.of()));
    }

    @Test
    void theViewBelongsToTheOverviewPerspective() {
        assertEquals("Overview", PriorityBandsView.DESCRIPTOR.perspective());
        assertEquals("priority-bands.js", PriorityBandsView.DESCRIPTOR.script());
        assertEquals("GET", PriorityBandsView.DESCRIPTOR.endpoint("bands").method());
    }
}
