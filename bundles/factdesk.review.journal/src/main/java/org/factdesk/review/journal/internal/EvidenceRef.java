package org.factdesk.review.journal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the evidence an editor gives: either a passage of a corpus document, {@code doc:PATH} or
 * {@code doc:PATH#START-END}, or a web page with the date it was read, {@code https://... (read YYYY-MM-DD)}.
 * A URL without its date is refused: a page can change, and the date says which version was read.
 */
final class EvidenceRef {
    private static final Pattern DOC = Pattern.compile("doc:[^#\\s][^#]*(#\\d+-\\d+)?");
    private static final Pattern URL = Pattern.compile("(https?://\\S+) \\(read (\\d{4}-\\d{2}-\\d{2})\\)");

    private EvidenceRef() {
    }

    /** @throws IllegalArgumentException naming what is wrong */
    static void check(String evidence, LocalDate today) {
        if (DOC.matcher(evidence).matches()) {
            return;
        }
        Matcher m = URL.matcher(evidence);
        if (m.matches()) {
            try {
                LocalDate read = LocalDate.parse(m.group(2));
                if (read.isAfter(today)) {
                    throw new IllegalArgumentException("evidence: the date read (" + read + ") is in the future");
                }
                return;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("evidence: not a date: " + m.group(2));
            }
        }
        if (evidence.startsWith("http://") || evidence.startsWith("https://")) {
            throw new IllegalArgumentException("evidence: a URL needs the date it was read: '" + evidence
                    + " (read YYYY-MM-DD)' (or give --read-on)");
        }
        throw new IllegalArgumentException("evidence must be 'doc:PATH[#START-END]' or 'https://... (read YYYY-MM-DD)', got '"
                + evidence + "'");
    }
}
