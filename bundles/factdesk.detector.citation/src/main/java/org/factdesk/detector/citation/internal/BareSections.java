package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.RANGE_JOINER;
import static org.factdesk.detector.citation.internal.Fragments.GAP;
import static org.factdesk.detector.citation.internal.Fragments.NUMBER_END;
import static org.factdesk.detector.citation.internal.Fragments.SPACE;
import static org.factdesk.detector.citation.internal.Fragments.SUBSECTIONS;

import java.util.List;
import java.util.Optional;
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

    /** "§ 12.1-29-06", "§ 18-7-201", "§ 14:82": section numbers of other states' shapes, after a section sign. */
    private static final Pattern OTHER_SHAPES = Pattern.compile(
            "§§?" + GAP + "(?<sec>\\d{1,4}[A-Z]{0,2}(?:[.:\\-]\\d{1,5}[a-z]{0,2}){1,3}" + NUMBER_END + ")"
                    + "(?:" + GAP + "(?:–|—|to|through)" + GAP + "(?<hi>-?\\d{1,4}[A-Z]{0,2}(?:[.:\\-]\\d{1,5}[a-z]{0,2}){0,3}"
                    + NUMBER_END + "))?" + SUBSECTIONS);
    private static final Set<String> SIGN_ANCHOR = Set.of(Anchors.SECTION_SIGN);
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
                default -> out.add((subdivision == null ? inStateCode(state, m, section, null) : Optional.<Citation>empty())
                        .orElse(unresolved(m.start(), m.end(), state, section, m.group("hi"), '.', subdivision)));
            }
        }
        for (MatchResult m : anchors.matches(HYPHENATED, LEAD_ANCHORS)) {
            String state = context.stateAround(m.start(), m.end());
            String section = m.group("sec");
            String subsections = Fragments.subsections(m);
            if (state.equals("CT")) {
                out.add(StateStatutes.connecticut(m.start(), m.end(), section, m.group("hi"), subsections));
            } else {
                out.add(inStateCode(state, m, section, subsections)
                        .orElse(unresolved(m.start(), m.end(), state, section, m.group("hi"), '-', subsections)));
            }
        }
        for (MatchResult m : anchors.matches(OTHER_SHAPES, SIGN_ANCHOR)) {
            String state = context.stateAround(m.start(), m.end());
            inStateCode(state, m, m.group("sec"), Fragments.subsections(m)).ifPresent(out::add);
        }
    }

    /**
     * The citation in the code of the context's state ({@link StateCodes}) when the number has that code's shape and
     * is distinctive enough to stand alone ({@link StateCode.Shape#distinctive}): "§ 12.1-29-06" on a North Dakota
     * page is "N.D. Cent. Code § 12.1-29-06"; "§ 2.3 of our bylaws" on an Ohio page stays a bare section.
     */
    private static Optional<Citation> inStateCode(String state, MatchResult m, String section, String subsections) {
        return StateCodes.of(state).filter(code -> code.shape().distinctive(section))
                .map(code -> NamedStateCodes.citation(code, m.start(), m.end(), section, m.group("hi"), subsections));
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
