package org.factdesk.detector.citation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnecticutChaptersTest {
    private static final String PUB = "https://www.cga.ct.gov/current/pub/";

    @Test
    void penalCodeSectionsLinkToTheirChapter() {
        assertEquals(PUB + "chap_950.htm#sec_53a-1", ConnecticutChapters.url("53a-1"));
        assertEquals(PUB + "chap_950.htm#sec_53a-3", ConnecticutChapters.url("53a-3"));
        assertEquals(PUB + "chap_951.htm#sec_53a-4", ConnecticutChapters.url("53a-4"));
        assertEquals(PUB + "chap_951.htm#sec_53a-23", ConnecticutChapters.url("53a-23"));
        assertEquals(PUB + "chap_952.htm#sec_53a-24", ConnecticutChapters.url("53a-24"));
        assertEquals(PUB + "chap_952.htm#sec_53a-82", ConnecticutChapters.url("53a-82"));
        assertEquals(PUB + "chap_952.htm#sec_53a-192a", ConnecticutChapters.url("53a-192a"));
    }

    @Test
    void otherTitlesLinkToTheListOfTitles() {
        assertEquals(PUB + "titles.htm", ConnecticutChapters.url("46b-120"));
        assertEquals(PUB + "titles.htm", ConnecticutChapters.url("53-21"));
        assertEquals(PUB + "titles.htm", ConnecticutChapters.url("53a-0"));
    }
}
