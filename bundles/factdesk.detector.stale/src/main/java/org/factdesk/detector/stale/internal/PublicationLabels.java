package org.factdesk.detector.stale.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the label in front of a page's own date: "Published Jan 16, 2013", "Updated: March 3, 2019",
 * "Last reviewed 2021", "By Jane Doe | Posted on 5/2/2018", "This page was last updated on ...".
 *
 * <p>The label must start its sentence or line, follow a byline separator (| • · – —), or follow "page was",
 * "article is" and the like; "The report published 2019 data" and "the law was revised in 2013" are prose.
 */
final class PublicationLabels {
    /** A label and its date are close: "Page last updated on: " is the longest common form. */
    static final int MAX_LABEL_DISTANCE = 60;

    /** A label found before a date. */
    record Label(int start, StaleKind kind) {
    }

    private static final Pattern LABEL_BEFORE_DATE = Pattern.compile(
            "(?i)\\b(?<label>(?:originally |first |date )?published|posted|(?:page |last |date )?updated|(?:last )?modified"
                    + "|(?:last )?reviewed|revised|rev\\.)(?:\\s{1,3}on)?\\s{0,3}:?\\s{0,3}$");
    private static final List<String> LABEL_STEMS = List.of("publish", "posted", "updated", "modified", "reviewed",
            "revised", "rev.");
    private static final Pattern PAGE_WAS = Pattern.compile(
            "(?i)\\b(?:page|article|post|story|content|information|sheet|document|this|it)\\s+(?:was|is|has been)$");

    private PublicationLabels() {
    }

    /**
     * The label that introduces the date starting at {@code dateStart}, or null.
     *
     * @param sentenceStart where the date's sentence starts; a label at a sentence start needs no other lead-in
     */
    static Label before(String text, int sentenceStart, int dateStart) {
        int lineStart = Nearby.lineStart(text, dateStart, MAX_LABEL_DISTANCE);
        int from = Math.max(Math.max(sentenceStart, lineStart), dateStart - MAX_LABEL_DISTANCE);
        String window = text.substring(from, dateStart);
        if (!mayHoldLabel(window)) {
            return null;
        }
        Matcher m = LABEL_BEFORE_DATE.matcher(window);
        if (!m.find()) {
            return null;
        }
        int labelStart = from + m.start("label");
        String lead = text.substring(from, labelStart).strip();
        boolean atStart = lead.isEmpty() && (from == sentenceStart || from == lineStart);
        boolean afterSeparator = !lead.isEmpty() && "|•·–—".indexOf(lead.charAt(lead.length() - 1)) >= 0;
        if (!atStart && !afterSeparator && !PAGE_WAS.matcher(lead).find()) {
            return null;
        }
        String label = m.group("label").toLowerCase(Locale.ROOT);
        StaleKind kind = label.endsWith("published") || label.equals("posted") ? StaleKind.PUBLISHED : StaleKind.UPDATED;
        return new Label(labelStart, kind);
    }

    /** A quick test before the pattern, which runs for every date of a page. */
    private static boolean mayHoldLabel(String window) {
        String lower = window.toLowerCase(Locale.ROOT);
        for (String stem : LABEL_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
