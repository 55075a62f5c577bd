package org.factdesk.detector.phone.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AnchoredScanTest {
    @Test
    void startsFoundOnceAreTheStartsOfTheScan() {
        String text = "a1 bb22 c333 dddd";
        AnchoredScan.Starts digits = from -> {
            for (int i = from; i < text.length(); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        };
        int[] all = AnchoredScan.Starts.all(digits);
        assertArrayEquals(new int[] {1, 5, 6, 9, 10, 11}, all);
        AnchoredScan.Starts shared = AnchoredScan.Starts.of(all);
        for (int from = 0; from <= text.length(); from++) {
            assertEquals(digits.next(from), shared.next(from), "from " + from);
        }
        Pattern number = Pattern.compile("\\d+");
        assertEquals(List.of("1", "22", "333"),
                AnchoredScan.matches(number, text, shared).stream().map(MatchResult::group).toList());
    }

    @Test
    void noStartsNoMatches() {
        assertArrayEquals(new int[0], AnchoredScan.Starts.all(from -> -1));
        assertEquals(-1, AnchoredScan.Starts.of(new int[0]).next(0));
    }
}
