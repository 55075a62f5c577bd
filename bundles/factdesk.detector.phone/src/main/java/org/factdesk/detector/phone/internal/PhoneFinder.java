package org.factdesk.detector.phone.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Finds the numbers a reader of a US resource page could dial or text. libphonenumber's matcher (leniency
 * VALID, region US) finds full numbers; it never finds the forms resource pages also use, which are added here:
 * SMS short codes after "text ... to", N11 and 988 service codes where the text says to call, dial or contact
 * them, and letters-for-digits (vanity) numbers. Years, statute numbers, ZIP codes, street numbers and money
 * never have the shape of a valid full number, and the short forms are only taken in a calling context, so
 * they are not reported.
 *
 * <p>Thread-safe: libphonenumber's util is, and each call makes its own matchers.
 */
final class PhoneFinder {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String REGION = "US";

    private static final Pattern SHORT_CODE = Pattern.compile(
            "(?i)\\b(?:text|txt|sms)(?:ing)?\\s+(?:the\\s+word\\s+)?[\"“'‘]?([A-Za-z0-9]{2,12})[\"”'’]?\\s+to\\s+(\\d{5,6})\\b");
    /** "text 233733" with no keyword. */
    private static final Pattern BARE_SHORT_CODE = Pattern.compile("(?i)\\b(?:text|txt|sms)(?:ing)?\\s+(\\d{5,6})\\b");
    /** 911, 311, 988, and the spelled-out form "3-1-1". */
    private static final Pattern SERVICE_CODE = Pattern.compile(
            "(?<![\\d\\-.])\\b([2-9]11|988|[2-9]-1-1)\\b(?![\\-.]?\\d)");
    private static final Pattern CALL_CONTEXT = Pattern.compile(
            "(?i)(?:\\b(?:call|calls|calling|dial|dialing|contact|phone|reach|text|use|tty|relay)\\b[^.!?\\n]{0,24}"
                    + "|\\b(?:emergency|emergencies|police|fire|ambulance|hotline|helpline|phone|tel|telephone|tty|crisis|voice)\\s*:\\s*)$");
    private static final Pattern VANITY = Pattern.compile(
            "(?<![\\w-])(?:1[-. ])?\\(?([2-9]\\d{2})\\)?[-. ]?([A-Z0-9]{3}[-. ]?[A-Z0-9]{4}|[A-Z][A-Z0-9]{6,9})(?![\\w-])");
    private static final Pattern TTY = Pattern.compile("(?i)\\b(?:TTY|TDD|TTD|teletype|deaf|hard of hearing)\\b");
    private static final Pattern SMS = Pattern.compile("(?i)\\b(?:text|txt|sms)\\b");

    List<PhoneMatch> find(String text) {
        List<PhoneMatch> found = new ArrayList<>();
        for (PhoneNumberMatch m : UTIL.findNumbers(text, REGION, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            PhoneNumber number = m.number();
            int start = m.start();
            // "(320-235-0962)": the matcher takes the opening bracket of a parenthetical as the area code's.
            if (text.charAt(start) == '(' && (start + 4 >= m.end() || text.charAt(start + 4) != ')')) {
                start++;
            }
            found.add(new PhoneMatch(start, m.end(), UTIL.format(number, PhoneNumberFormat.E164),
                    channelBefore(text, start), "number", number.hasExtension() ? number.getExtension() : ""));
        }
        addShortCodes(text, found);
        addServiceCodes(text, found);
        addVanityNumbers(text, found);
        found.sort(Comparator.comparingInt(PhoneMatch::start).thenComparingInt(PhoneMatch::end));
        return found;
    }

    private static void addShortCodes(String text, List<PhoneMatch> found) {
        Matcher m = SHORT_CODE.matcher(text);
        while (m.find()) {
            addUnlessOverlapping(found, new PhoneMatch(m.start(2), m.end(2), m.group(2), "sms", "short-code", ""));
        }
        Matcher bare = BARE_SHORT_CODE.matcher(text);
        while (bare.find()) {
            addUnlessOverlapping(found, new PhoneMatch(bare.start(1), bare.end(1), bare.group(1), "sms", "short-code", ""));
        }
    }

    private static void addServiceCodes(String text, List<PhoneMatch> found) {
        Matcher m = SERVICE_CODE.matcher(text);
        while (m.find()) {
            int lineStart = Math.max(text.lastIndexOf('\n', m.start()) + 1, m.start() - 40);
            String before = text.substring(Math.max(0, lineStart), m.start());
            if (!CALL_CONTEXT.matcher(before).find()) {
                continue;
            }
            // 988 and 211 take texts too, but they are voice lines first; only TTY changes how one reaches them
            String channel = m.group(1).replace("-", "").equals("711") || channelBefore(text, m.start(1)).equals("tty") ? "tty" : "voice";
            addUnlessOverlapping(found, new PhoneMatch(m.start(1), m.end(1), m.group(1).replace("-", ""), channel,
                    "service-code", ""));
        }
    }

    private static void addVanityNumbers(String text, List<PhoneMatch> found) {
        Matcher m = VANITY.matcher(text);
        while (m.find()) {
            String rest = m.group(2);
            if (rest.chars().noneMatch(Character::isLetter)) {
                continue; // all digits: libphonenumber's business
            }
            String digits = m.group(1) + keypadDigits(rest);
            if (digits.length() != 10) {
                continue;
            }
            try {
                PhoneNumber number = UTIL.parse(digits, REGION);
                if (UTIL.isValidNumber(number)) {
                    addUnlessOverlapping(found, new PhoneMatch(m.start(), m.end(),
                            UTIL.format(number, PhoneNumberFormat.E164), channelBefore(text, m.start()), "vanity", ""));
                }
            } catch (com.google.i18n.phonenumbers.NumberParseException e) {
                // not a number after all
            }
        }
    }

    /** Letters to digits as on a telephone keypad; stops after 7 digits (vanity words may run longer). */
    static String keypadDigits(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
            if (out.length() == 7) {
                break;
            }
            if (Character.isDigit(c)) {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append("22233344455566677778889999".charAt(c - 'A'));
            }
        }
        return out.toString();
    }

    /**
     * SMS or TTY when the words before the number in its clause say so ("TTY users can call A or B": both are
     * TTY lines), else voice. The clause starts after the last line break or . ; ! ? within 80 characters.
     */
    private static String channelBefore(String text, int start) {
        int from = Math.max(0, start - 80);
        int cut = from - 1;
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || c == '!' || c == '?' || c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                cut = i;
                break;
            }
        }
        String before = text.substring(cut + 1, start);
        if (TTY.matcher(before).find()) {
            return "tty";
        }
        if (SMS.matcher(before).find()) {
            return "sms";
        }
        return "voice";
    }

    private static void addUnlessOverlapping(List<PhoneMatch> found, PhoneMatch candidate) {
        for (PhoneMatch f : found) {
            if (candidate.start() < f.end() && f.start() < candidate.end()) {
                return;
            }
        }
        found.add(candidate);
    }
}
