package org.factdesk.export.csv.internal;

/**
 * Stops spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @}, also after leading whitespace (some importers trim it), or with a tab or a CR, gets a
 * leading apostrophe, which spreadsheets read as "this is text". A cell that starts with an apostrophe gets one too,
 * so the rule can be undone without guessing: <em>a cell that starts with an apostrophe had exactly one added; drop
 * it to get the value.</em>
 *
 * <p>So an E.164 number is written {@code '+18883737888}: a spreadsheet shows it as text instead of evaluating
 * {@code +18883737888} as a formula (which would drop the plus), and a program strips the apostrophe.
 */
final class FormulaGuard {
    private static final String FORMULA_STARTS = "=+-@";
    private static final String ALWAYS_GUARDED = "\t\r'";

    private FormulaGuard() {
    }

    static String neutralize(String value) {
        if (value.isEmpty()) {
            return value;
        }
        if (ALWAYS_GUARDED.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        int first = 0;
        while (first < value.length() && Character.isWhitespace(value.charAt(first))) {
            first++;
        }
        if (first < value.length() && FORMULA_STARTS.indexOf(value.charAt(first)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
