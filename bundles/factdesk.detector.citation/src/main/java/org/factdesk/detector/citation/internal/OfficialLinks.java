package org.factdesk.detector.citation.internal;

/**
 * Addresses of the official text of a cited provision: the legislature's or the government printer's own
 * site, never a commercial mirror. A link goes to the first section of a range and to the section, not the
 * subdivision, since not every site has anchors for subdivisions.
 */
final class OfficialLinks {
    /** Public laws are on govinfo.gov from the 104th Congress (1995) on. */
    private static final int FIRST_CONGRESS_ON_GOVINFO = 104;

    private OfficialLinks() {
    }

    /** Minnesota Statutes, by the Revisor of Statutes; a chapter ("609") or a section ("609.321"). */
    static String minnesota(String sectionOrChapter) {
        return "https://www.revisor.mn.gov/statutes/cite/" + sectionOrChapter;
    }

    /** Wisconsin Statutes, by the Legislative Reference Bureau; a chapter ("948") or a section ("948.051"). */
    static String wisconsin(String sectionOrChapter) {
        return "https://docs.legis.wisconsin.gov/document/statutes/" + sectionOrChapter;
    }

    /** Connecticut General Statutes, by the General Assembly. */
    static String connecticut(String section) {
        return ConnecticutChapters.url(section);
    }

    /** New York Penal Law, by the State Senate; a section ("230.00"). */
    static String newYorkPenalLaw(String section) {
        return "https://www.nysenate.gov/legislation/laws/PEN/" + section;
    }

    /** New York Penal Law, an article ("230"). */
    static String newYorkPenalLawArticle(String article) {
        return "https://www.nysenate.gov/legislation/laws/PEN/A" + article;
    }

    /** Texas Penal Code, by the Legislature: the chapter page, anchored at the section ("43.02"). */
    static String texasPenalCode(String section) {
        String chapter = section.substring(0, section.indexOf('.'));
        return "https://statutes.capitol.texas.gov/Docs/PE/htm/PE." + chapter + ".htm#" + section;
    }

    /** California Penal Code, by the Legislative Counsel; a section ("647", "236.1"). */
    static String californiaPenalCode(String section) {
        return "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=" + section;
    }

    /** United States Code, by the Office of the Law Revision Counsel. */
    static String usCode(String title, String section) {
        return "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title" + title + "-section" + section;
    }

    /** Code of Federal Regulations (eCFR): a section ("214.11"). */
    static String cfrSection(String title, String section) {
        return "https://www.ecfr.gov/current/title-" + title + "/section-" + section;
    }

    /** Code of Federal Regulations (eCFR): a part ("214"). */
    static String cfrPart(String title, String part) {
        return "https://www.ecfr.gov/current/title-" + title + "/part-" + part;
    }

    /** A public law on govinfo.gov, or {@code null} for laws older than the 104th Congress. */
    static String publicLaw(int congress, int number) {
        return congress < FIRST_CONGRESS_ON_GOVINFO ? null
                : "https://www.govinfo.gov/app/details/PLAW-" + congress + "publ" + number;
    }
}
