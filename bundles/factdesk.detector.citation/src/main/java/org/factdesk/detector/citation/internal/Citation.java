package org.factdesk.detector.citation.internal;

/**
 * A legal citation found in a text.
 *
 * @param start        first character of the citation as written
 * @param end          after its last character
 * @param normalized   the canonical form: "Minn. Stat. § 609.321, subd. 7a", "18 U.S.C. § 1591", ...
 * @param jurisdiction MN, CT, NY, TX, CA, WI, US, another state's postal code, "local" for city and county
 *                     codes, or the empty string when the text does not say whose law it is
 * @param section      the (first) section, chapter, part or law number as canonically written
 * @param sectionHigh  the last section of a range, or {@code null}
 * @param subdivision  a subdivision or subsection ("7a", "(a)(1)"), or {@code null}
 * @param title        the title of a code cited by title (18 for 18 U.S.C.), or {@code null}
 * @param url          the official text, or {@code null} when there is no stable address for it
 * @param locality     the city or county of a local code, or {@code null}
 */
record Citation(int start, int end, String normalized, String jurisdiction, String section, String sectionHigh,
                String subdivision, String title, String url, String locality) {

    /** A citation of one section (or a range), without a title or locality. */
    static Citation of(int start, int end, String normalized, String jurisdiction, String section, String sectionHigh,
                       String subdivision, String url) {
        return new Citation(start, end, normalized, jurisdiction, section, sectionHigh, subdivision, null, url, null);
    }
}
