package org.factdesk.detector.citation.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a section of the Connecticut General Statutes is published. The General Assembly publishes one page
 * per chapter ({@code chap_952.htm}) with an anchor per section ({@code #sec_53a-82}), so linking a section
 * needs its chapter. This table covers Title 53a, the Penal Code, whose chapters are:
 *
 * <table>
 *   <caption>Title 53a chapters</caption>
 *   <tr><th>Chapter</th><th>Sections</th><th>Subject</th></tr>
 *   <tr><td>950</td><td>53a-1 to 53a-3</td><td>General provisions</td></tr>
 *   <tr><td>951</td><td>53a-4 to 53a-23</td><td>Statutory construction; principles of criminal liability</td></tr>
 *   <tr><td>952</td><td>53a-24 onward</td><td>Offenses (including 53a-82 prostitution, 53a-192a trafficking)</td></tr>
 * </table>
 *
 * Sections of other titles link to the list of titles, from which the reader finds the chapter.
 */
final class ConnecticutChapters {
    static final String TITLES_PAGE = "https://www.cga.ct.gov/current/pub/titles.htm";
    private static final Pattern PENAL_CODE_SECTION = Pattern.compile("53a-(\\d{1,4})[a-z]{0,3}");

    private ConnecticutChapters() {
    }

    /** The official page of a section such as "53a-82", or the list of titles when its chapter is not known. */
    static String url(String section) {
        Matcher m = PENAL_CODE_SECTION.matcher(section);
        if (!m.matches()) {
            return TITLES_PAGE;
        }
        int number = Integer.parseInt(m.group(1));
        if (number == 0) {
            return TITLES_PAGE;
        }
        String chapter = number <= 3 ? "950" : number <= 23 ? "951" : "952";
        return "https://www.cga.ct.gov/current/pub/chap_" + chapter + ".htm#sec_" + section;
    }
}
