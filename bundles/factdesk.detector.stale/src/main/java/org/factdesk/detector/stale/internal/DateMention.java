package org.factdesk.detector.stale.internal;

/**
 * A date written in the text.
 *
 * @param start first character of the date
 * @param end   after its last character
 * @param date  what it means
 */
record DateMention(int start, int end, PartialDate date) {
}
