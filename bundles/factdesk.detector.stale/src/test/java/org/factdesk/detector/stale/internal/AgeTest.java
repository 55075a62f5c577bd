package org.factdesk.detector.stale.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgeTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    void agesCountFromTheLastDayTheDateCanMean() {
        assertEquals(5059, Age.days(new PartialDate(2013, 1, 16), AS_OF));
        assertEquals(5747, Age.days(new PartialDate(2011, 2, 0), AS_OF));
        assertEquals(2519, Age.days(new PartialDate(2019, 0, 0), AS_OF));
        assertEquals(0, Age.days(new PartialDate(2027, 5, 1), AS_OF));
        assertEquals("2013-01-16 (13.9 years old)", Age.describe(new PartialDate(2013, 1, 16), 5059));
        assertEquals("2011-02 (15.7 years old)", Age.describe(new PartialDate(2011, 2, 0), 5747));
        assertEquals("2019 (6.9 years old)", Age.describe(new PartialDate(2019, 0, 0), 2519));
        assertEquals(LocalDate.of(2024, 2, 29), new PartialDate(2024, 2, 0).lastDay());
    }

    @Test
    void partialDatesRejectImpossibleParts() {
        assertEquals(null, PartialDate.of(2013, 2, 30));
        assertEquals(null, PartialDate.of(2013, 13, 0));
        assertEquals(new PartialDate(2024, 2, 29), PartialDate.of(2024, 2, 29));
    }

    @Test
    void priorityRule() {
        assertEquals(0.1, Age.priority(StaleKind.FUTURE_PLAN, 364));
        assertEquals(0.7, Age.priority(StaleKind.FUTURE_PLAN, 365));
        assertEquals(0.3, Age.priority(StaleKind.PUBLISHED, 730));
        assertEquals(0.6, Age.priority(StaleKind.PUBLISHED, 731));
        assertEquals(0.6, Age.priority(StaleKind.UPDATED, 5000));
        assertEquals(0.4, Age.priority(StaleKind.DATED_CLAIM, 1058));
        assertEquals(0.3, Age.priority(StaleKind.RELATIVE, 5059));
        assertEquals(0.1, Age.priority(StaleKind.RELATIVE, 100));
    }
}
