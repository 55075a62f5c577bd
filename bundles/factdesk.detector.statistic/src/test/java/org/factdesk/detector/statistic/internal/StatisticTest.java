package org.factdesk.detector.statistic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class StatisticTest {
    @Test
    void normalizedIsQualifierValueUnitSingleSpaced() {
        assertEquals("up to 2000 USD", new Statistic(0, 1, Statistic.MONEY, new BigDecimal("2000.00"), null, "USD", "up to")
                .normalized());
        assertEquals("68 percent", new Statistic(0, 1, Statistic.PERCENT, new BigDecimal("68"), null, "percent", "")
                .normalized());
        assertEquals("average 12-14 years", new Statistic(0, 1, Statistic.AGE, new BigDecimal("12"), new BigDecimal("14"),
                "years", "average").normalized());
    }

    @Test
    void plainDropsTrailingZerosAndNeverUsesExponents() {
        assertEquals("1500000", Statistic.plain(new BigDecimal("1.5E+6")));
        assertEquals("2.5", Statistic.plain(new BigDecimal("2.50")));
        assertEquals("0", Statistic.plain(new BigDecimal("0.000")));
    }
}
