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
    void aDayOrMonthIsTriedOnlyBeforeASlashOrWhiteSpace() {
        // the pattern's white space is ASCII only, in any of its six forms, so the test before it must be too
        assertEquals(List.of("16\tJanuary 2013=2013-01-16", "5\r\nMarch 2014=2014-03-05", "7\u000BMay 2015=2015-05-07",
                        "8\fJune 2016=2016-06-08"),
                found("on 16\tJanuary 2013, 5\r\nMarch 2014, 7\u000BMay 2015, 8\fJune 2016"));
        assertEquals(List.of("6/1/2019=2019-06-01"), found("Rev. 6/1/2019"));
        // no day before a no-break space, a period, a dash or a comma: only the month and year are a date
        assertEquals(List.of("January 2013=2013-01", "March 2014=2014-03", "May 2015=2015-05", "June 2016=2016-06"),
                found("16\u00A0January 2013, 3.5 March 2014, 12-14 May 2015, 7,June 2016"));
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
