package org.factdesk.detector.citation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which US states a passage talks about, by counting the capitalized state names in it ("Minnesota",
 * "MINNESOTA", "New York") and the citation abbreviations of the states whose codes are cited bare
 * ("Minn.", "Wis.", "Conn.", "Tex.", "Cal."). Two-letter postal codes are not counted: "IN", "OR", "ME" and
 * "OK" are words in headings.
 */
final class StateNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("alabama", "AL"), Map.entry("alaska", "AK"), Map.entry("arizona", "AZ"),
            Map.entry("arkansas", "AR"), Map.entry("california", "CA"), Map.entry("colorado", "CO"),
            Map.entry("connecticut", "CT"), Map.entry("delaware", "DE"), Map.entry("florida", "FL"),
            Map.entry("georgia", "GA"), Map.entry("hawaii", "HI"), Map.entry("idaho", "ID"),
            Map.entry("illinois", "IL"), Map.entry("indiana", "IN"), Map.entry("iowa", "IA"),
            Map.entry("kansas", "KS"), Map.entry("kentucky", "KY"), Map.entry("louisiana", "LA"),
            Map.entry("maine", "ME"), Map.entry("maryland", "MD"), Map.entry("massachusetts", "MA"),
            Map.entry("michigan", "MI"), Map.entry("minnesota", "MN"), Map.entry("mississippi", "MS"),
            Map.entry("missouri", "MO"), Map.entry("montana", "MT"), Map.entry("nebraska", "NE"),
            Map.entry("nevada", "NV"), Map.entry("new hampshire", "NH"), Map.entry("new jersey", "NJ"),
            Map.entry("new mexico", "NM"), Map.entry("new york", "NY"), Map.entry("north carolina", "NC"),
            Map.entry("north dakota", "ND"), Map.entry("ohio", "OH"), Map.entry("oklahoma", "OK"),
            Map.entry("oregon", "OR"), Map.entry("pennsylvania", "PA"), Map.entry("rhode island", "RI"),
            Map.entry("south carolina", "SC"), Map.entry("south dakota", "SD"), Map.entry("tennessee", "TN"),
            Map.entry("texas", "TX"), Map.entry("utah", "UT"), Map.entry("vermont", "VT"),
            Map.entry("virginia", "VA"), Map.entry("washington", "WA"), Map.entry("west virginia", "WV"),
            Map.entry("wisconsin", "WI"), Map.entry("wyoming", "WY"));
    /** Abbreviations, with their period, of the states whose statutes are cited with a bare section number. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "Minn.", "MN", "Wis.", "WI", "Conn.", "CT", "Tex.", "TX", "Cal.", "CA");
    /** First words of two-word state names. */
    private static final Set<String> FIRST_OF_TWO = Set.of("new", "north", "south", "west", "rhode");
    private static final int LONGEST_NAME_WORD = 13; // "massachusetts"

    private StateNames() {
    }

    /** The state names of a text, in text order: where each starts and the state's postal code. */
    record Mentions(int[] positions, String[] codes) {
        /** Postal code → number of mentions starting in {@code [from, to)}, in order of first mention. */
        Map<String, Integer> count(int from, int to) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            int k = Arrays.binarySearch(positions, from);
            for (int i = k >= 0 ? k : -k - 1; i < positions.length && positions[i] < to; i++) {
                counts.merge(codes[i], 1, Integer::sum);
            }
            return counts;
        }
    }

    /** Every state name in {@code text}, in one pass over its capitalized words. */
    static Mentions find(String text) {
        List<Integer> positions = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int to = text.length();
        int i = 0;
        while (i < to) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i, to);
            if (Character.isUpperCase(text.charAt(i)) && end - i <= LONGEST_NAME_WORD) {
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                String code = null;
                int after = end;
                if (FIRST_OF_TWO.contains(word) && end + 1 < to && text.charAt(end) == ' '
                        && Character.isUpperCase(text.charAt(end + 1))) {
                    int secondEnd = wordEnd(text, end + 1, to);
                    code = NAMES.get(word + " " + text.substring(end + 1, secondEnd).toLowerCase(Locale.ROOT));
                    after = code != null ? secondEnd : end;
                }
                if (code == null) {
                    code = NAMES.get(word);
                }
                if (code == null && end < to && text.charAt(end) == '.') {
                    code = ABBREVIATIONS.get(text.substring(i, end + 1));
                }
                if (code != null) {
                    positions.add(i);
                    codes.add(code);
                }
                end = after;
            }
            i = end;
        }
        return new Mentions(positions.stream().mapToInt(Integer::intValue).toArray(), codes.toArray(String[]::new));
    }

    /** The most mentioned state, the first mentioned among equals; the empty string when none is. */
    static String dominant(Map<String, Integer> counts) {
        String best = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static int wordEnd(String text, int start, int to) {
        int end = start;
        while (end < to && isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
