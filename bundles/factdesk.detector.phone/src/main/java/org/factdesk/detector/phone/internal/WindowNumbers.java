package org.factdesk.detector.phone.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The full numbers libphonenumber's matcher (leniency VALID, region US) finds in a text, remembered for the texts
 * of {@link NumberWindows}: sites repeat the same footer and contact lines on every page, and the matcher, the
 * costliest part of phone detection, depends on nothing but the text it is given. The memory is bounded: once
 * {@value #CAPACITY} windows are known, new ones are computed and not kept, with the same answers.
 *
 * <p>Thread-safe.
 */
final class WindowNumbers {
    static final int CAPACITY = 16_384;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String REGION = "US";

    /** A number found in a text: its offsets there, the number in E.164 and its extension (empty if none). */
    record Found(int start, int end, String e164, String extension) {
    }

    private final Map<String, List<Found>> known = new ConcurrentHashMap<>();

    /** The numbers in a window's text, from memory when the same text was seen before. */
    List<Found> in(String window) {
        List<Found> found = known.get(window);
        if (found == null) {
            found = find(window);
            if (known.size() < CAPACITY) {
                known.put(window, found);
            }
        }
        return found;
    }

    /** The numbers in a text, by libphonenumber's matcher. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (PhoneNumberMatch m : UTIL.findNumbers(text, REGION, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            PhoneNumber number = m.number();
            found.add(new Found(m.start(), m.end(), UTIL.format(number, PhoneNumberFormat.E164),
                    number.hasExtension() ? number.getExtension() : ""));
        }
        return List.copyOf(found);
    }
}
