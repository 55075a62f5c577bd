package org.factdesk.export.hsds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UsAddressTest {
    @Test
    void aFullAddressIsSplitIntoItsParts() {
        assertEquals(Optional.of(new UsAddress("120 Elm Street", "Albany", "NY", "12207", false)),
                UsAddress.parse("120 Elm Street, Albany, NY 12207"));
    }

    @Test
    void aSecondStreetLineZipPlusFourAndATrailingCountryAreKept() {
        assertEquals(Optional.of(new UsAddress("1 Main St, Suite 200", "Minneapolis", "MN", "55401-1234", false)),
                UsAddress.parse("1 Main St, Suite 200, Minneapolis, mn 55401-1234, USA"));
        assertEquals(Optional.of(new UsAddress("2100 Guadalupe St", "Austin", "TX", "78705", false)),
                UsAddress.parse("  2100 Guadalupe St,\n Austin, TX. 78705  "));
    }

    @Test
    void theTownCanCompleteAStreetOnlyAddress() {
        assertEquals(Optional.of(new UsAddress("35 Bridge St", "Willimantic", "CT", "06226", false)),
                UsAddress.parse("35 Bridge St", "Willimantic, CT 06226"));
    }

    @Test
    void aPoBoxIsPostal() {
        assertTrue(UsAddress.parse("P.O. Box 77, St. Cloud, MN 56302").orElseThrow().postal());
        assertTrue(UsAddress.parse("PO Box 512", "Fargo, ND 58107").orElseThrow().postal());
    }

    @Test
    void nothingIsGuessedWhenAPartIsMissing() {
        assertEquals(Optional.empty(), UsAddress.parse("40 Mansfield Ave", "Willimantic"), "no state, no ZIP");
        assertEquals(Optional.empty(), UsAddress.parse("40 Mansfield Ave, Willimantic, CT"), "no ZIP");
        assertEquals(Optional.empty(), UsAddress.parse("322 Main St, Willimantic 06226"), "no state");
        assertEquals(Optional.empty(), UsAddress.parse("Bridge Street", ""));
        assertEquals(Optional.empty(), UsAddress.parse("", "Albany, NY 12207"), "a town alone is not an address");
        assertEquals(Optional.empty(), UsAddress.parse("10 Downing Street, London, SW 1A2AA"), "SW is no US state");
        assertEquals(Optional.empty(), UsAddress.parse("5 Rue Oberkampf, Paris, FR 75011"), "FR is no US state");
        assertEquals(Optional.empty(), UsAddress.parse("1 Main St, Springfield, IL 6270"), "a ZIP has five digits");
    }

    @Test
    void longTextIsNotParsed() {
        assertEquals(Optional.empty(), UsAddress.parse("1 Main St, ".repeat(40) + "Albany, NY 12207"));
    }
}
