package org.factdesk.detector.stale.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DateFinderTest {
    private final DateFinder finder = new DateFinder();

    private List<String> found(String text) {
        return finder.find(text).stream().map(d -> text.substring(d.start(), d.end()) + "=" + d.date().iso()).toList();
    }

    @Test
    void writtenForms() {
        assertEquals(List.of("Jan 16, 2013=2013-01-16"), found("Published Jan 16, 2013"));
        assertEquals(List.of("January 16th 2013=2013-01-16"), found("on January 16th 2013"));
        assertEquals(List.of("16 January 2013=2013-01-16"), found("on 16 January 2013"));
        assertEquals(List.of("Sept. 5, 2024=2024-09-05"), found("Updated Sept. 5, 2024"));
        assertEquals(List.of("February 2011=2011-02"), found("Since February 2011, 19 defendants"));
        assertEquals(List.of("May 2019=2019-05"), found("In May 2019 the clinic moved."));
    }

    @Test
    void numericForms() {
        assertEquals(List.of("2013-01-16=2013-01-16"), found("Published 2013-01-16"));
        assertEquals(List.of("2013-01=2013-01"), found("Revised 2013-01"));
        assertEquals(List.of("01/16/2013=2013-01-16"), found("Posted 01/16/2013"));
        assertEquals(List.of("06/2019=2019-06"), found("Rev. 06/2019"));
    }

    @Test
    void bareYearsNeedALeadIn() {
        assertEquals(List.of("2013=2013", "2005=2005", "2023=2023", "2014=2014", "2019=2019"),
                found("in 2013; since 2005; of 2023 charges. 2014 was hard; (2019)"));
        assertEquals(List.of(), found("over 2000 victims, $2000, 612-673-2000, 2019-2020, 609.2013, 2019% and Room 2014"));
    }

    @Test
    void impossibleDatesAreSkipped() {
        assertEquals(List.of(), found("Published Feb 30, 2013"));
        assertEquals(List.of(), found("Rev. 13/2019 and 00/2019 and 2019-00"));
        assertEquals(List.of(), found("may 2019 be better"));
    }
}
