package org.factdesk.detector.resource.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.document.Span;
import org.factdesk.support.text.AnchoredScan;

/**
 * The numbers a reader can call or text, found with plain patterns (the phone detector does the thorough job with
 * libphonenumber; this detector only needs to know which organization a number belongs to):
 * <ul>
 *   <li>US numbers in the usual forms, {@code 320-235-0962}, {@code (218) 555-0167}, {@code 218.555.0188},
 *       {@code +1 218 555 0175}, {@code 1-888-373-7888}, normalized to {@code +1XXXXXXXXXX};</li>
 *   <li>SMS short codes after "text ... to" or right after "text": "text “HELP” to 233733" and "text 233733"
 *       give {@code 233733};</li>
 *   <li>N11 codes and 988 right after "call", "dial", "contact", "text" or "reach": "Dial 911", "call or text
 *       988", "contact 311", "call 3-1-1".</li>
 * </ul>
 * Fax numbers ("Fax: 860-555-0192") are left out: nobody can call them for help.
 * Thread-safe; linear in the length of the text (no nested quantifiers).
 */
final class PhoneFinder {
    private static final Pattern US_NUMBER = Pattern.compile(
            "(?<![\\w+.\\-])(?:\\+?1[ .\\-]?)?(?:\\(([2-9]\\d{2})\\) ?|([2-9]\\d{2})[ .\\-])([2-9]\\d{2})[ .\\-](\\d{4})(?![\\w\\-])");
    private static final Pattern FAX_LABEL = Pattern.compile("(?i)\\bfax\\b[^\\d]{0,6}$");
    private static final int FAX_LOOK_BACK = 12;
    private static final Pattern SHORT_CODE = Pattern.compile(
            "(?i)\\b(?:text|txt|sms)(?:ing)?\\s+(?:the\\s+word\\s+)?[\"“'‘]?[A-Za-z0-9]{2,12}[\"”'’]?\\s+to\\s+(\\d{5,6})\\b");
    /** "(text 233733)": a short code written right after "text", without a keyword. */
    private static final Pattern BARE_SHORT_CODE = Pattern.compile("(?i)\\b(?:text|txt|sms)\\s+(\\d{5,6})\\b");
    private static final Pattern SERVICE_CODE = Pattern.compile(
            "(?i)\\b(?:call|dial|dialing|calling|contact|text|reach)(?:\\s+or\\s+text)?\\s+(?:[\"“]?)([2-9]-?1-?1|988)(?![\\w\\-])");

    /** A US number opens with "+", the country code 1, a bracket or the area code's first digit. */
    private static final AnchoredScan.Starts US_NUMBER_STARTS = AnchoredScan.anyOf("+(123456789");
    /** A US number has ten digits (its area code, exchange and line). */
    private static final int US_DIGITS = 10;
    /** A short code has five or six digits in a row. */
    private static final int SHORT_CODE_DIGITS = 5;

    /** "988", or "11" / "1-1" ending an N11 code: what {@link #SERVICE_CODE} needs in the range. */
    private static boolean mayHoldServiceCode(String text, int from, int to) {
        return TextScan.contains(text, from, to, "11") || TextScan.contains(text, from, to, "1-1")
                || TextScan.contains(text, from, to, "988");
    }

    /** "Fax: 860-555-0192": a fax number is not a way for a reader to reach anyone. */
    private static boolean isFax(String text, int start) {
        return FAX_LABEL.matcher(text.substring(Math.max(0, start - FAX_LOOK_BACK), start)).find();
    }

    /** The numbers in the range; each pattern runs only when the range has the digits it needs. */
    List<Contact> find(String text, int from, int to) {
        List<Contact> out = new ArrayList<>();
        int digits = TextScan.digits(text, from, to);
        if (digits < 3) {
            return out; // not even a service code
        }
        if (digits >= US_DIGITS) {
            for (MatchResult m : AnchoredScan.matches(US_NUMBER, text, from, to, US_NUMBER_STARTS)) {
                if (!isFax(text, m.start())) {
                    String area = m.group(1) != null ? m.group(1) : m.group(2);
                    out.add(new Contact(Contact.Kind.PHONE, new Span(m.start(), m.end()),
                            "+1" + area + m.group(3) + m.group(4)));
                }
            }
        }
        if (digits >= SHORT_CODE_DIGITS && TextScan.longestDigitRun(text, from, to) >= SHORT_CODE_DIGITS) {
            for (Pattern shortCode : new Pattern[] {SHORT_CODE, BARE_SHORT_CODE}) {
                Matcher s = shortCode.matcher(text).region(from, to);
                while (s.find()) {
                    out.add(new Contact(Contact.Kind.SHORT_CODE, new Span(s.start(1), s.end(1)), s.group(1)));
                }
            }
        }
        if (mayHoldServiceCode(text, from, to)) {
            Matcher c = SERVICE_CODE.matcher(text).region(from, to);
            c.useTransparentBounds(true);
            while (c.find()) {
                out.add(new Contact(Contact.Kind.SERVICE_CODE, new Span(c.start(1), c.end(1)), c.group(1).replace("-", "")));
            }
        }
        return out;
    }
}
