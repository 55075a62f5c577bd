package org.factdesk.detector.statistic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberScannerTest {
    private static List<String> numbers(String text) {
        return NumberScanner.scan(text).stream()
                .map(t -> text.substring(t.start(), t.end()) + "=" + Statistic.plain(t.value()))
                .toList();
    }

    @Test
    void digitsWithGroupingDecimalsAndScaleWords() {
        assertEquals(List.of("1,000=1000", "2.5=2.5", "1.5 million=1500000", "313,000=313000"),
                numbers("$1,000 and 2.5% of $1.5 million for 313,000 people"));
    }

    @Test
    void aCommaNotFollowedByThreeDigitsIsNotGrouping() {
        assertEquals(List.of("16=16", "2013=2013", "12=12", "14=14"), numbers("Jan 16, 2013 and 12,14 years"));
    }

    @Test
    void numberWordsCompoundsDozensAndHundreds() {
        assertEquals(List.of("Eight=8", "twenty-five=25", "a dozen=12", "two hundred=200", "a hundred=100",
                        "three thousand=3000"),
                numbers("Eight groups, twenty-five sites, a dozen cases, two hundred people, a hundred beds, three thousand calls"));
    }

    @Test
    void wordsThatMerelyContainNumberWordsAreNot() {
        assertEquals(List.of(), numbers("often someone lonely; a tenant; a teen"));
    }

    @Test
    void phoneNumberIsThreeSeparateNumbersAndHugeDigitRunsAreSkipped() {
        assertEquals(List.of("888=888", "373=373", "7888=7888"), numbers("888-373-7888"));
        assertEquals(List.of(), numbers("12345678901234567890"));
    }

    @Test
    void yearsServiceCodesAndTheWordOneAreMarked() {
        List<NumberToken> t = NumberScanner.scan("2013 311 one 1,999 988");
        assertTrue(t.get(0).yearLike());
        assertTrue(t.get(1).serviceCode());
        assertTrue(t.get(2).spelledOne());
        assertFalse(t.get(3).yearLike()); // grouped: a quantity, not a year
        assertTrue(t.get(4).serviceCode());
    }
}
