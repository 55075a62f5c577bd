package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.RANGE_JOINER;
import static org.factdesk.detector.citation.internal.Fragments.GAP;
import static org.factdesk.detector.citation.internal.Fragments.SPACE;
import static org.factdesk.detector.citation.internal.Fragments.SUBSECTIONS;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Citations that do not name their state: "state statutes 609.321-324", "statute 609.322", "§ 609.322",
 * "§ 53a-82". The state comes from the words around them or the document ({@link JurisdictionContext}). A
 * Minnesota or Wisconsin context makes a chapter-point-section number a citation of that state's statutes;
 * a Connecticut context does the same for title-hyphen-section numbers. Otherwise the citation is kept as
 * "§ 796.07" with the context's state as its jurisdiction (empty when no state is in sight) and no link. A bare "section 5" is not taken: documents number their own sections too.
 */
final class BareSections {
    private static final Pattern DECIMAL = Pattern.compile(
            "(?:(?:[Ss]tate" + SPACE + ")?(?:[Ss]tatutes?|[Ss]tat\\.)" + GAP + "(?:§§?" + GAP + ")?|§§?" + GAP + ")"
                    + "(?<sec>" + StateStatutes.DECIMAL_SECTION + ")"
                    + "(?:" + RANGE_JOINER + "(?<hi>" + StateStatutes.DECIMAL_RANGE_END + "))?"
                    + "(?:" + StateStatutes.SUBDIVISION + ")?");
    private static final Pattern HYPHENATED = Pattern.compile(
            "(?:(?:[Ss]tate" + SPACE + ")?[Ss]tatutes?" + GAP + ")?§§?" + GAP
                    + "(?<sec>" + StateStatutes.CT_SECTION + ")(?:" + StateStatutes.CT_RANGE + ")?" + SUBSECTIONS);

    private static final Set<String> LEAD_ANCHORS = Set.of("state", "statute", "statutes", "stat", Anchors.SECTION_SIGN);

    private BareSections() {
    }

    static void find(Anchors anchors, JurisdictionContext context, List<Citation> out) {
        for (MatchResult m : anchors.matches(DECIMAL, LEAD_ANCHORS)) {
            String state = context.stateAround(m.start(), m.end());
            String section = m.group("sec");
            String subdivision = m.group("subd");
            switch (state) {
                case "MN" -> out.add(StateStatutes.minnesota(m.start(), m.end(), section, m.group("hi"), subdivision));
                case "WI" -> out.add(m.group("hi") == null && subdivision == null
                        ? StateStatutes.wisconsin(m.start(), m.end(), section, null)
                        : unresolved(m.start(), m.end(), "WI", section, m.group("hi"), '.', subdivision));
                default -> out.add(unresolved(m.start(), m.end(), state, section, m.group("hi"), '.', subdivision));
            }
        }
        for (MatchResult m : anchors.matches(HYPHENATED, LEAD_ANCHORS)) {
            String state = context.stateAround(m.start(), m.end());
            String section = m.group("sec");
            String subsections = Fragments.subsections(m);
            if (state.equals("CT")) {
                out.add(StateStatutes.connecticut(m.start(), m.end(), section, m.group("hi"), subsections));
            } else {
                out.add(unresolved(m.start(), m.end(), state, section, m.group("hi"), '-', subsections));
            }
        }
    }

    /** A citation whose code is not known: "§ 796.07" under the jurisdiction the context gives, without a link. */
    private static Citation unresolved(int start, int end, String jurisdiction, String section, String rangeEnd,
                                       char separator, String subdivision) {
        String last = null;
        if (rangeEnd != null) {
            String completed = Fragments.completeRangeEnd(section, rangeEnd, separator);
            last = Fragments.ascending(section, completed) ? completed : null;
        }
        String suffix = subdivision == null ? "" : subdivision.startsWith("(") ? subdivision : ", subd. " + subdivision;
        return Citation.of(start, end, Fragments.sections(section, last) + suffix, jurisdiction, section, last,
                subdivision, null);
    }
}
