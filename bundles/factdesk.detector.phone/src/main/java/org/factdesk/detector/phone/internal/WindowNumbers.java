package org.factdesk.detector.phone.internal;

import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The full numbers libphonenumber's matcher (leniency VALID, region US) finds in a text, with their offsets there,
 * in E.164 and with their extensions: the one place the phone detector calls the matcher.
 *
 * <p>Its results are not remembered across documents: a memory of repeated footers would make a second run over the
 * same pages (a benchmark's warm-up, a re-check) look faster than a first one, and would hold on to page text.
 * Thread-safe.
 */
final class WindowNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String REGION = "US";

    /** A number found in a text: its offsets there, the number in E.164 and its extension (empty if none). */
    record Found(int start, int end, String e164, String extension) {
    }

    private WindowNumbers() {
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
