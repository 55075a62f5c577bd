package org.factdesk.detector.phone.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.factdesk.support.text.AnchoredScan;

/**
 * Finds the numbers a reader of a US resource page could dial or text. libphonenumber's matcher (leniency
 * VALID, region US) finds full numbers; it never finds the forms resource pages also use, which are added here:
 * SMS short codes after "text ... to", N11 and 988 service codes where the text says to call, dial or contact
 * them, and letters-for-digits (vanity) numbers. Years, statute numbers, ZIP codes, street numbers and money
 * never have the shape of a valid full number, and the short forms are only taken in a calling context, so
 * they are not reported.
 *
 * <p>Speed, with the same matches as the straightforward scan ({@link #findScanningWholeText}): libphonenumber's
 * matcher only sees the {@link NumberWindows} of the text, the stretches that can hold a full number, and the
 * patterns are only tried where a match can begin ({@link AnchoredScan}).
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
        return find(text, true);
    }

    /**
     * The same matches as {@link #find}, found the straightforward way: libphonenumber's matcher over the whole
     * text instead of only its {@link NumberWindows}, and each pattern tried at every position instead of only
     * where a match can begin ({@link AnchoredScan}). The reference that shows the shortcuts lose nothing, and
     * what they save.
     */
    List<PhoneMatch> findScanningWholeText(String text) {
        return find(text, false);
    }

    private List<PhoneMatch> find(String text, boolean shortcuts) {
        List<PhoneMatch> found = new ArrayList<>();
        if (shortcuts) {
            for (NumberWindows.Window w : NumberWindows.of(text)) {
                addNumbers(text, w.start(), WindowNumbers.find(text.substring(w.start(), w.end())), found);
            }
        } else {
            addNumbers(text, 0, WindowNumbers.find(text), found);
        }
        addShortCodes(text, found, shortcuts);
        addServiceCodes(text, found, shortcuts);
        addVanityNumbers(text, found, shortcuts);
        found.sort(Comparator.comparingInt(PhoneMatch::start).thenComparingInt(PhoneMatch::end));
        return found;
    }

    /** The full numbers libphonenumber found in the part of {@code text} that starts at {@code from}. */
    private static void addNumbers(String text, int from, List<WindowNumbers.Found> numbers, List<PhoneMatch> found) {
        for (WindowNumbers.Found n : numbers) {
            int start = from + n.start();
            int end = from + n.end();
            // "(320-235-0962)": the matcher takes the opening bracket of a parenthetical as the area code's.
            if (text.charAt(start) == '(' && (start + 4 >= end || text.charAt(start + 4) != ')')) {
                start++;
            }
            found.add(new PhoneMatch(start, end, n.e164(), channelBefore(text, start), "number", n.extension()));
        }
    }

    /** The matches of {@code pattern}: with shortcuts, tried only where {@code starts} says one can begin. */
    private static List<MatchResult> matches(Pattern pattern, String text, AnchoredScan.Starts starts, boolean shortcuts) {
        return shortcuts ? AnchoredScan.matches(pattern, text, 0, text.length(), starts) : pattern.matcher(text).results().toList();
    }

    /**
     * The next place where "text", "txt" or "sms" begins, in any ASCII case (the patterns' {@code (?i)}, which
     * without UNICODE_CASE matches no other character for an ASCII letter): the only places a short code pattern
     * can match.
     */
    private static int nextSmsKeyword(String text, int from, int to) {
        for (int i = from, end = Math.min(to, text.length() - 2); i < end; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 't' && (spellsAt(text, i + 1, "ext") || spellsAt(text, i + 1, "xt"))
                    || c == 's' && spellsAt(text, i + 1, "ms")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code text} holds {@code lowerLetters} at {@code at}, in any ASCII case. Setting bit 0x20 turns
     * exactly the two cases of an ASCII letter into its lower case, so no other character passes.
     */
    private static boolean spellsAt(String text, int at, String lowerLetters) {
        if (at + lowerLetters.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerLetters.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != lowerLetters.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static void addShortCodes(String text, List<PhoneMatch> found, boolean shortcuts) {
        // both patterns start at the same keywords: one scan of the text finds them for both
        AnchoredScan.Starts keyword = AnchoredScan.at(AnchoredScan.all(text, 0, text.length(), PhoneFinder::nextSmsKeyword));
        for (MatchResult m : matches(SHORT_CODE, text, keyword, shortcuts)) {
            addUnlessOverlapping(found, new PhoneMatch(m.start(2), m.end(2), m.group(2), "sms", "short-code", ""));
        }
        for (MatchResult bare : matches(BARE_SHORT_CODE, text, keyword, shortcuts)) {
            addUnlessOverlapping(found, new PhoneMatch(bare.start(1), bare.end(1), bare.group(1), "sms", "short-code", ""));
        }
    }

    /** The next place where 211 to 911, 988 or 2-1-1 to 9-1-1 begins: where the service code pattern can match. */
    private static int nextServiceCode(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '2' && c <= '9' && (text.startsWith("11", i + 1) || c == '9' && text.startsWith("88", i + 1)
                    || text.startsWith("-1-1", i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static void addServiceCodes(String text, List<PhoneMatch> found, boolean shortcuts) {
        for (MatchResult m : matches(SERVICE_CODE, text, PhoneFinder::nextServiceCode, shortcuts)) {
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

    /**
     * The next place where a 1, a bracket or an area code's first digit stands that does not follow a word character
     * or hyphen (the pattern's {@code (?<![\w-])}, with \w = [a-zA-Z_0-9]): where a vanity number can begin.
     */
    private static int nextVanityStart(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '(' || c >= '1' && c <= '9') && (i == 0 || !isWordOrHyphen(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordOrHyphen(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static void addVanityNumbers(String text, List<PhoneMatch> found, boolean shortcuts) {
        for (MatchResult m : matches(VANITY, text, PhoneFinder::nextVanityStart, shortcuts)) {
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
