package org.factdesk.detector.resource.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.document.Span;
import org.factdesk.support.text.AnchoredScan;

/**
 * Street addresses: a house number, one to four capitalized street-name words and a street type ("40 Mansfield
 * Ave", "1200 W. Superior St."), then optionally a suite ("Suite 204") and a city, state and ZIP code
 * (", Duluth, MN 55802"); "4th Floor" also counts as a suite. The value is the address as written. Counts with other nouns ("90 days", "12 trafficking
 * cases") lack the street type; highway and exit numbers put the number after the word.
 *
 * <p>Thread-safe; every repetition is bounded and its words cannot contain the white space between them, so the
 * pattern cannot backtrack badly.
 */
final class AddressFinder {
    private static final String STREET_TYPE = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct"
            + "|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Cir|Square|Sq|Trail|Plaza|Pike|Row)";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w\\-])\\d{1,6}[A-Z]?\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z0-9][A-Za-z0-9'’\\-]*\\s+){1,4}" + STREET_TYPE + "\\b\\.?"
                    + "(?:\\s+[NSEW]{1,2}\\b\\.?)?"
                    + "(?:,?\\s+(?:(?:Suite|Ste\\.?|Unit|Room|Rm\\.?|Floor|Fl\\.?|#)\\s*[A-Za-z0-9\\-]{1,6}"
                    + "|\\d{1,3}(?:st|nd|rd|th)\\s+(?:Floor|Fl\\.?)))?"
                    + "(?:,\\s+[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*){0,2},\\s+[A-Z]{2}(?:\\s+\\d{5}(?:-\\d{4})?)?)?");
    /** The city of a full address: the words before ", ST". */
    private static final Pattern CITY = Pattern.compile(",\\s+([A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*){0,2}),\\s+[A-Z]{2}\\b");

    List<Contact> find(String text, int from, int to) {
        List<Contact> out = new ArrayList<>();
        // an address opens with its house number: tried only at digits, so a range without any costs one scan
        for (MatchResult m : AnchoredScan.matches(ADDRESS, text, from, to, AnchoredScan.ASCII_DIGIT)) {
            out.add(new Contact(Contact.Kind.ADDRESS, new Span(m.start(), m.end()), m.group().replaceAll("\\s+", " ")));
        }
        return out;
    }

    /** The city named in a full address ("Des Moines" in "2100 Grand Ave., Suite 3, Des Moines, IA 50312"), or "". */
    static String city(String address) {
        Matcher m = CITY.matcher(address);
        String city = "";
        while (m.find()) {
            city = m.group(1);
        }
        return city;
    }
}
