package org.factdesk.detector.phone.internal;

/**
 * A phone number found in text.
 *
 * @param start      first character
 * @param end        after the last character
 * @param normalized E.164 for a full number ({@code +18883737888}), the bare digits for a short or N11 code
 * @param channel    {@code voice}, {@code sms} or {@code tty}
 * @param form       how it was recognised: {@code number}, {@code vanity}, {@code short-code}, {@code service-code}
 * @param extension  the extension digits, or the empty string
 */
record PhoneMatch(int start, int end, String normalized, String channel, String form, String extension) {
}
