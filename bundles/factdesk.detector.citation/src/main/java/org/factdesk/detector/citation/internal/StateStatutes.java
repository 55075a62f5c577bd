package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.NUMBER_END;
import static org.factdesk.detector.citation.internal.Fragments.RANGE_JOINER;
import static org.factdesk.detector.citation.internal.Fragments.SECTION_WORD;
import static org.factdesk.detector.citation.internal.Fragments.GAP;
import static org.factdesk.detector.citation.internal.Fragments.SPACE;
import static org.factdesk.detector.citation.internal.Fragments.SUBSECTIONS;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Citations that name their state's statutes: Minnesota ("Minn. Stat. 609.321, subd. 7a", "Minnesota Statutes
 * section 260C.007", "Minn. Stat. ch. 609"), Wisconsin ("Wis. Stat. § 944.30", "s. 948.08 (1m), Wis. Stats.")
 * and Connecticut ("Connecticut General Statutes §53a-82", "C.G.S. § 53a-192a"), in either order ("section
 * 609.322 of the Minnesota Statutes"). Canonical forms follow the states' own short cites: "Minn. Stat. §",
 * "Wis. Stat. §", "Conn. Gen. Stat. §", with "§§" and an en dash for ranges.
 */
final class StateStatutes {
    static final String MN_CODE = "Minn. Stat.";
    static final String WI_CODE = "Wis. Stat.";
    static final String CT_CODE = "Conn. Gen. Stat.";

    /** Minnesota and Wisconsin sections: chapter, point, section ("609.321", "260C.007"). */
    static final String DECIMAL_SECTION = "\\d{1,3}[A-Z]?\\.\\d{1,4}[A-Z]?" + NUMBER_END;
    static final String DECIMAL_RANGE_END = "(?:\\d{1,3}[A-Z]?\\.)?\\d{1,4}[A-Z]?" + NUMBER_END;
    /** Connecticut sections: title, hyphen, section ("53a-82", "46b-38aa"). */
    static final String CT_SECTION = "\\d{1,2}[a-z]{0,2}-\\d{1,4}[a-z]{0,3}(?!\\d)";
    static final String CT_RANGE = ctRange("hi");
    static final String SUBDIVISION =
            ",?" + GAP + "[Ss]ubd(?:ivision|s?\\.)?" + GAP + "(?<subd>\\d{1,3}[a-z]?)(?!\\w)";

    private static final Pattern MINNESOTA = Pattern.compile(
            "(?:Minn(?:esota)?\\.?" + SPACE + "(?:State" + SPACE + ")?[Ss]tat(?:utes?|s)?\\.?(?:" + SPACE + "Ann\\.)?"
                    + "|M\\.S\\.A?),?" + GAP
                    + "(?:(?:[Cc]h\\.|[Cc]hapter|[Cc]hs\\.)" + GAP + "(?<chapter>\\d{1,3}[A-Z]?)" + NUMBER_END
                    + "|(?:" + SECTION_WORD + GAP + ")?(?<sec>" + DECIMAL_SECTION + ")"
                    + "(?:" + RANGE_JOINER + "(?<hi>" + DECIMAL_RANGE_END + "))?"
                    + "(?:" + SUBDIVISION + ")?)");
    private static final Pattern WISCONSIN = Pattern.compile(
            "Wis(?:consin|\\.)?" + SPACE + "[Ss]tat(?:utes?|s)?\\.?(?:" + SPACE + "Ann\\.)?,?" + GAP
                    + "(?:(?:[Cc]h\\.|[Cc]hapter)" + GAP + "(?<chapter>\\d{1,3})" + NUMBER_END
                    + "|(?:" + SECTION_WORD + GAP + "|ss?\\." + GAP + ")?"
                    + "(?<sec>\\d{1,3}\\.\\d{1,4}" + NUMBER_END + ")" + SUBSECTIONS + ")");
    /** Wisconsin's own style: "s. 944.30 (1m), Wis. Stats." */
    private static final Pattern WISCONSIN_NATIVE = Pattern.compile(
            "(?<![\\w.])ss?\\." + GAP + "(?<sec>\\d{1,3}\\.\\d{1,4}" + NUMBER_END + ")" + SUBSECTIONS
                    + ",?" + GAP + "Wis\\." + GAP + "Stats?\\.");
    private static final Pattern CONNECTICUT = Pattern.compile(
            "(?:Conn(?:ecticut|\\.)?" + SPACE + "(?:Gen(?:eral|\\.)?" + SPACE + ")?[Ss]tat(?:utes?|s)?\\.?"
                    + "(?:" + SPACE + "Ann\\.)?|C\\.G\\.S\\.(?:A\\.)?|CGSA?),?" + GAP
                    + "(?:" + SECTION_WORD + GAP + ")?(?<sec>" + CT_SECTION + ")(?:" + CT_RANGE + ")?" + SUBSECTIONS);
    /** "section 609.322 of the Minnesota Statutes", "sections 53a-82 to 53a-89 of the General Statutes". */
    private static final Pattern SECTION_OF_STATUTES = Pattern.compile(
            "(?:[Ss]ections?|§§?)" + GAP
                    + "(?:(?<sec>" + DECIMAL_SECTION + ")(?:" + RANGE_JOINER + "(?<hi>" + DECIMAL_RANGE_END + "))?"
                    + "|(?<ctsec>" + CT_SECTION + ")(?:" + ctRange("cthi") + ")?" + SUBSECTIONS + ")"
                    + SPACE + "of" + SPACE + "(?:the" + SPACE + ")?"
                    + "(?<state>Minnesota|Wisconsin|Connecticut|Conn\\.)?" + GAP + "(?:General" + SPACE + ")?Statutes");

    private static final Set<String> MINNESOTA_ANCHORS = Set.of("minn", "minnesota", "m");
    private static final Set<String> WISCONSIN_ANCHORS = Set.of("wis", "wisconsin");
    private static final Set<String> WISCONSIN_NATIVE_ANCHORS = Set.of("s", "ss");
    private static final Set<String> CONNECTICUT_ANCHORS = Set.of("conn", "connecticut", "c", "cgs", "cgsa");
    private static final Set<String> SECTION_ANCHORS = Set.of("section", "sections", Anchors.SECTION_SIGN);

    private StateStatutes() {
    }

    /** The end of a range of Connecticut sections ("to 53a-89", " - 89"), captured in the named group. */
    private static String ctRange(String group) {
        return "(?:" + GAP + "(?:–|—|to|through)" + GAP + "|" + SPACE + "-" + SPACE + ")"
                + "(?<" + group + ">(?:\\d{1,2}[a-z]{0,2}-)?\\d{1,4}[a-z]{0,3}(?!\\d))";
    }

    static void find(Anchors anchors, List<Citation> out) {
        for (MatchResult m : anchors.matches(MINNESOTA, MINNESOTA_ANCHORS)) {
            out.add(m.group("chapter") != null ? minnesotaChapter(m.start(), m.end(), m.group("chapter"))
                    : minnesota(m.start(), m.end(), m.group("sec"), m.group("hi"), m.group("subd")));
        }
        for (MatchResult m : anchors.matches(WISCONSIN, WISCONSIN_ANCHORS)) {
            out.add(m.group("chapter") != null ? wisconsinChapter(m.start(), m.end(), m.group("chapter"))
                    : wisconsin(m.start(), m.end(), m.group("sec"), Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(WISCONSIN_NATIVE, WISCONSIN_NATIVE_ANCHORS)) {
            out.add(wisconsin(m.start(), m.end(), m.group("sec"), Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(CONNECTICUT, CONNECTICUT_ANCHORS)) {
            out.add(connecticut(m.start(), m.end(), m.group("sec"), m.group("hi"), Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(SECTION_OF_STATUTES, SECTION_ANCHORS)) {
            Citation c = sectionOfStatutes(m);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private static Citation sectionOfStatutes(MatchResult m) {
        String state = m.group("state");
        if (m.group("ctsec") != null) {
            boolean connecticut = state == null ? m.group().contains("General") : state.startsWith("Conn");
            return connecticut ? connecticut(m.start(), m.end(), m.group("ctsec"), m.group("cthi"), Fragments.subsections(m))
                    : null;
        }
        if ("Minnesota".equals(state)) {
            return minnesota(m.start(), m.end(), m.group("sec"), m.group("hi"), null);
        }
        if ("Wisconsin".equals(state) && m.group("hi") == null) {
            return wisconsin(m.start(), m.end(), m.group("sec"), null);
        }
        return null;
    }

    static Citation minnesota(int start, int end, String section, String rangeEnd, String subdivision) {
        String last = lastOfRange(section, rangeEnd, '.');
        String normalized = MN_CODE + " " + Fragments.sections(section, last)
                + (subdivision == null ? "" : ", subd. " + subdivision);
        return Citation.of(start, end, normalized, "MN", section, last, subdivision, OfficialLinks.minnesota(section));
    }

    private static Citation minnesotaChapter(int start, int end, String chapter) {
        return Citation.of(start, end, MN_CODE + " ch. " + chapter, "MN", chapter, null, null,
                OfficialLinks.minnesota(chapter));
    }

    static Citation wisconsin(int start, int end, String section, String subsections) {
        String normalized = WI_CODE + " § " + section + (subsections == null ? "" : subsections);
        return Citation.of(start, end, normalized, "WI", section, null, subsections, OfficialLinks.wisconsin(section));
    }

    private static Citation wisconsinChapter(int start, int end, String chapter) {
        return Citation.of(start, end, WI_CODE + " ch. " + chapter, "WI", chapter, null, null,
                OfficialLinks.wisconsin(chapter));
    }

    static Citation connecticut(int start, int end, String section, String rangeEnd, String subsections) {
        String last = lastOfRange(section, rangeEnd, '-');
        String normalized = CT_CODE + " " + Fragments.sections(section, last) + (subsections == null ? "" : subsections);
        return Citation.of(start, end, normalized, "CT", section, last, subsections, OfficialLinks.connecticut(section));
    }

    /** The completed end of a range, or {@code null} when there is no range or it does not ascend. */
    private static String lastOfRange(String first, String rangeEnd, char separator) {
        if (rangeEnd == null) {
            return null;
        }
        String last = Fragments.completeRangeEnd(first, rangeEnd, separator);
        return Fragments.ascending(first, last) ? last : null;
    }
}
