package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.GAP;
import static org.factdesk.detector.citation.internal.Fragments.NUMBER_END;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One state's code as pages cite it by name, with a section number after the name: what the name looks like in
 * its usual forms, how its sections are numbered, its canonical short cite and, where the legislature keeps a
 * stable address per section, the link to the official text.
 *
 * @param state     postal code ("OR")
 * @param canonical the canonical name before "§" ("Or. Rev. Stat."), in the Bluebook's style
 * @param names     the name's written forms as a regular expression ("ORS|Or(?:egon|\.) Rev(?:ised|\.) ..."), in
 *                  which a single space stands for any short run of white space
 * @param anchors   the lower-case first word of each form ("ors", "or", "oregon"), where a match can begin
 * @param shape     how a section number of this code is written
 * @param link      the official address of a section, from the section; {@code null} when the legislature has no
 *                  stable address per section
 */
record StateCode(String state, String canonical, String names, Set<String> anchors, Shape shape,
                 UnaryOperator<String> link) {

    /** How sections are numbered, as a pattern of one section and the joiners a range may use. */
    enum Shape {
        /** Chapter, point, section: "167.017" (Oregon), "2907.25" (Ohio), "750.449a" (Michigan), "710A.2" (Iowa). */
        DECIMAL("\\d{1,4}[A-Z]?\\.\\d{1,4}[a-z]{0,2}" + NUMBER_END, '.', true),
        /** Title, point, chapter, point, section: "11.66.100" (Alaska), "9A.88.030" (Washington). */
        DOUBLE_DECIMAL("\\d{1,2}[A-Z]?\\.\\d{1,3}\\.\\d{3,4}" + NUMBER_END, '.', true),
        /**
         * Hyphenated title, chapter and section: "18-7-201" (Colorado), "28-801.01" (Nebraska), "12.1-29-03" (North
         * Dakota), "13A-12-121" (Alabama), "35-45-4-2" (Indiana), "18.2-346" (Virginia).
         */
        HYPHENATED("\\d{1,3}[A-Z]{0,2}(?:\\.\\d{1,2})?-\\d{1,5}[a-z]?(?:\\.\\d{1,3})?"
                + "(?:-\\d{1,5}(?:\\.\\d{1,3})?[a-z]{0,2}){0,2}(?!\\d|-\\d|\\.\\d)", '-', false),
        /** Title, colon, section: "14:82" (Louisiana), "645:2" (New Hampshire), "2C:34-1" (New Jersey). */
        COLON("\\d{1,3}[A-Z]{0,2}:\\d{1,4}(?:[.\\-]\\d{1,4}){0,2}[a-z]?" + NUMBER_END, ':', false);

        final String section;
        final char separator;
        /** Whether a plain hyphen may join a range ("609.321-609.324"); in hyphenated numbers it cannot. */
        final boolean hyphenRanges;
        final Pattern pattern;

        Shape(String section, char separator, boolean hyphenRanges) {
            this.section = section;
            this.separator = separator;
            this.hyphenRanges = hyphenRanges;
            this.pattern = Pattern.compile(section);
        }

        /** The joiner of a range of this shape: "to", "through", a dash, and a hyphen where numbers have none. */
        String rangeJoiner() {
            return GAP + (hyphenRanges ? "(?:-|–|—|to|through)" : "(?:–|—|to|through)") + GAP;
        }

        /** The end of a range: a whole section, or its last part ("to -207" after "18-7-201", "-324" after "609.321"). */
        String rangeEnd() {
            return "-?\\d{1,4}[A-Za-z]{0,2}(?:[.:\\-]\\d{1,5}[a-z]{0,2}){0,3}" + NUMBER_END;
        }

        boolean fits(String section) {
            return pattern.matcher(section).matches();
        }

        /**
         * Whether a section number standing alone after "§" is distinctive enough to be read as this code's: a
         * chapter of three digits or more for decimal numbers ("§ 167.017", not a bylaw's "§ 2.3"), three groups
         * for hyphenated ones ("§ 12.1-29-06", not "§ 8-5").
         */
        boolean distinctive(String section) {
            if (!fits(section)) {
                return false;
            }
            return switch (this) {
                case DECIMAL -> section.indexOf('.') >= 3 && Character.isDigit(section.charAt(2));
                case HYPHENATED -> section.indexOf('-') != section.lastIndexOf('-');
                default -> true;
            };
        }

        /** One hyphen and no section sign: "HRS 8-5" is office hours more often than a statute. */
        boolean needsSectionWord(String section) {
            return this == HYPHENATED && section.indexOf('-') == section.lastIndexOf('-');
        }
    }

    /** The official address of {@code section}, or {@code null}. */
    String url(String section) {
        return link == null ? null : link.apply(section);
    }

    static StateCode of(String state, String canonical, String names, List<String> anchors, Shape shape,
                        UnaryOperator<String> link) {
        return new StateCode(state, canonical, names, Set.copyOf(anchors), shape, link);
    }
}
