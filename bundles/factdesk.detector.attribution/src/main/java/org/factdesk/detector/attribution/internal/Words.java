package org.factdesk.detector.attribution.internal;

/** Small string helpers for lower-case words. */
final class Words {
    private Words() {
    }

    /** The word without a possessive ending, so that "county’s" is looked up as "county". */
    static String bare(String lower) {
        if (lower.length() > 2 && (lower.endsWith("’s") || lower.endsWith("'s"))) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower;
    }

    /** A name as written without a possessive ending: "Minnesota’s" gives "Minnesota". */
    static String withoutPossessive(String name) {
        if (name.length() > 2 && (name.endsWith("’s") || name.endsWith("'s"))) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }

    /** True when the string holds a closing quotation mark. */
    static boolean hasClosingQuote(String s) {
        return s.indexOf('”') >= 0 || s.indexOf('"') >= 0;
    }
}
