package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.NUMBER_END;
import static org.factdesk.detector.citation.internal.Fragments.RANGE_JOINER;
import static org.factdesk.detector.citation.internal.Fragments.SECTION_WORD;
import static org.factdesk.detector.citation.internal.Fragments.GAP;
import static org.factdesk.detector.citation.internal.Fragments.SP;
import static org.factdesk.detector.citation.internal.Fragments.SPACE;
import static org.factdesk.detector.citation.internal.Fragments.SUBSECTIONS;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Federal citations: the United States Code ("18 U.S.C. § 1591", "18 USC 1591", "18 U.S. Code § 1591",
 * "Title 18, Section 1591", "Section 1591 of Title 18"), the Code of Federal Regulations ("8 CFR 214.11",
 * "28 C.F.R. Part 115") and public laws ("Pub. L. 106-386", "Public Law 106-386"). Canonical forms:
 * "18 U.S.C. § 1591(a)(1)", "18 U.S.C. §§ 1589–1594", "8 C.F.R. § 214.11", "28 C.F.R. pt. 115",
 * "Pub. L. 106-386".
 *
 * <p>"Title N, Section M" with no code named is read as the U.S. Code: on the pages this workbench checks,
 * that is what it means; a state code cited that way is a known misreading.
 */
final class FederalLaw {
    private static final String US_SECTION = "\\d{1,5}[a-z]{0,3}(?![\\d])";
    private static final String US_CODE_NAME = "(?:U\\." + SP + "?S\\." + SP + "?C\\.(?:A\\.)?|U\\.S\\.CA?\\b|USCA?\\b"
            + "|U\\.S\\." + GAP + "Code\\b|United" + SPACE + "States" + SPACE + "Code\\b)";
    private static final String OF_THE_US_CODE =
            "of" + SPACE + "the" + SPACE + "(?:U\\.S\\.|United" + SPACE + "States)" + SPACE + "Code";

    private static final Pattern US_CODE = Pattern.compile(
            "(?<![\\w.])(?:[Tt]itle" + SPACE + ")?(?<title>\\d{1,2})" + GAP + ",?" + GAP + US_CODE_NAME + ",?" + GAP
                    + "(?:" + SECTION_WORD + GAP + ")?(?<sec>" + US_SECTION + ")"
                    + "(?:" + RANGE_JOINER + "(?<hi>" + US_SECTION + "))?" + SUBSECTIONS);
    private static final Pattern TITLE_SECTION = Pattern.compile(
            "[Tt]itle" + SPACE + "(?<title>\\d{1,2}),?" + SPACE + "(?:" + OF_THE_US_CODE + ",?" + SPACE + ")?"
                    + "(?:[Ss]ection|[Ss]ec\\.|§)" + GAP + "(?<sec>" + US_SECTION + ")" + SUBSECTIONS);
    private static final Pattern SECTION_OF_TITLE = Pattern.compile(
            "(?:[Ss]ection|[Ss]ec\\.|§)" + GAP + "(?<sec>" + US_SECTION + ")" + SUBSECTIONS
                    + SPACE + "of" + SPACE + "[Tt]itle" + SPACE + "(?<title>\\d{1,2})(?![\\w])"
                    + "(?:" + SPACE + OF_THE_US_CODE + ")?");
    private static final Pattern CFR = Pattern.compile(
            "(?<![\\w.])(?<title>\\d{1,2})" + GAP + "C\\.?" + SP + "?F\\.?" + SP + "?R\\.?" + GAP
                    + "(?:(?:[Pp]art|[Pp]t\\.)" + GAP + "(?<part>\\d{1,4})" + NUMBER_END
                    + "|(?:§§?|[Ss]ec(?:tion|\\.)?)?" + GAP + "(?<sec>\\d{1,4}(?:\\.\\d{1,4}[a-z]?)?)(?!\\d)" + SUBSECTIONS + ")");
    private static final Pattern PUBLIC_LAW = Pattern.compile(
            "(?:Pub(?:lic|\\.)?" + GAP + "L(?:aw|\\.)|P\\." + SP + "?L\\.)" + GAP + "(?:No\\.?" + GAP + ")?"
                    + "(?<congress>\\d{2,3})" + GAP + "[-–]" + GAP + "(?<number>\\d{1,3})(?!\\d)");

    private static final Set<String> US_CODE_ANCHORS = Set.of("title", Anchors.NUMBER);
    private static final Set<String> TITLE_ANCHORS = Set.of("title");
    private static final Set<String> SECTION_ANCHORS = Set.of("section", "sec", Anchors.SECTION_SIGN);
    private static final Set<String> NUMBER_ANCHORS = Set.of(Anchors.NUMBER);
    private static final Set<String> PUBLIC_LAW_ANCHORS = Set.of("pub", "public", "p");

    private FederalLaw() {
    }

    static void find(Anchors anchors, List<Citation> out) {
        for (MatchResult m : anchors.matches(US_CODE, US_CODE_ANCHORS)) {
            String hi = m.group("hi");
            boolean range = hi != null && Fragments.ascending(m.group("sec"), hi);
            int end = hi == null || range ? m.end() : m.end("sec");
            out.add(usCode(m.start(), end, m.group("title"), m.group("sec"), range ? hi : null,
                    range || hi == null ? Fragments.subsections(m) : null));
        }
        for (MatchResult m : anchors.matches(TITLE_SECTION, TITLE_ANCHORS)) {
            out.add(usCode(m.start(), m.end(), m.group("title"), m.group("sec"), null, Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(SECTION_OF_TITLE, SECTION_ANCHORS)) {
            out.add(usCode(m.start(), m.end(), m.group("title"), m.group("sec"), null, Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(CFR, NUMBER_ANCHORS)) {
            out.add(cfr(m));
        }
        for (MatchResult m : anchors.matches(PUBLIC_LAW, PUBLIC_LAW_ANCHORS)) {
            int congress = Integer.parseInt(m.group("congress"));
            int number = Integer.parseInt(m.group("number"));
            String law = congress + "-" + number;
            out.add(Citation.of(m.start(), m.end(), "Pub. L. " + law, "US", law, null, null,
                    OfficialLinks.publicLaw(congress, number)));
        }
    }

    private static Citation usCode(int start, int end, String title, String section, String last, String sub) {
        String normalized = title + " U.S.C. " + Fragments.sections(section, last) + (sub == null ? "" : sub);
        return new Citation(start, end, normalized, "US", section, last, sub, title,
                OfficialLinks.usCode(title, section), null);
    }

    private static Citation cfr(MatchResult m) {
        String title = m.group("title");
        String part = m.group("part");
        String section = m.group("sec");
        if (part == null && section.indexOf('.') < 0) {
            part = section; // "28 CFR 115": a part
        }
        if (part != null) {
            return new Citation(m.start(), m.end(), title + " C.F.R. pt. " + part, "US", part, null, null, title,
                    OfficialLinks.cfrPart(title, part), null);
        }
        String sub = Fragments.subsections(m);
        return new Citation(m.start(), m.end(), title + " C.F.R. § " + section + (sub == null ? "" : sub), "US", section,
                null, sub, title, OfficialLinks.cfrSection(title, section), null);
    }
}
