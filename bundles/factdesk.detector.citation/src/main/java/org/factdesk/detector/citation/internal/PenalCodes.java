package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.NUMBER_END;
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
 * Penal codes cited by name: New York's Penal Law ("Penal Law 230.00", "N.Y. Penal Law § 230.34-a", "Penal Law
 * article 230"), the Texas Penal Code ("Tex. Penal Code § 43.02", "Section 20A.02 of the Texas Penal Code")
 * and the California Penal Code ("Cal. Penal Code § 647(b)", "California Penal Code section 236.1"). "Penal
 * Law" is New York's name for its code, so it needs no state. A bare "Penal Code § 43.02" takes its state
 * from the context. Canonical forms: "N.Y. Penal Law §", "Tex. Penal Code §", "Cal. Penal Code §".
 */
final class PenalCodes {
    private static final String NY_SECTION = "\\d{2,3}\\.\\d{2}(?:-[a-z])?" + NUMBER_END;
    private static final String TX_SECTION = "\\d{1,3}[A-Z]?\\.\\d{2,3}" + NUMBER_END;
    private static final String CA_SECTION = "\\d{1,4}(?:\\.\\d{1,2})?[a-z]?" + NUMBER_END;
    private static final String NY_NAME =
            "(?:(?:N\\.?" + SP + "?Y\\.?|New" + SPACE + "York(?:" + SPACE + "State)?)" + SPACE + ")?";
    /** A Texas or a California section: "43.02", "20A.02", "647", "236.1". */
    private static final String ANY_SECTION = "\\d{1,4}[A-Z]?(?:\\.\\d{1,3})?[a-z]?" + NUMBER_END;
    private static final String SECTION_OF = "(?:[Ss]ections?|§§?|[Ss]ec\\.)" + GAP;

    private static final Pattern NEW_YORK = Pattern.compile(
            NY_NAME + "Penal" + SPACE + "Law,?" + GAP
                    + "(?:(?:[Aa]rt(?:icle|\\.))" + GAP + "(?<article>\\d{2,3})" + NUMBER_END
                    + "|(?:" + SECTION_WORD + GAP + ")?(?<sec>" + NY_SECTION + ")" + SUBSECTIONS + ")");
    private static final Pattern NEW_YORK_SECTION_OF = Pattern.compile(
            SECTION_OF + "(?<sec>" + NY_SECTION + ")" + SUBSECTIONS
                    + SPACE + "of" + SPACE + "(?:the" + SPACE + ")?" + NY_NAME + "Penal" + SPACE + "Law");
    private static final Pattern TEXAS = Pattern.compile(
            "Tex(?:as|\\.)" + SPACE + "Penal" + SPACE + "Code(?:" + SPACE + "Ann\\.)?,?" + GAP
                    + "(?:" + SECTION_WORD + GAP + ")?(?<sec>" + TX_SECTION + ")" + SUBSECTIONS);
    private static final Pattern CALIFORNIA = Pattern.compile(
            "Cal(?:ifornia|\\.)" + SPACE + "Pen(?:al|\\.)" + SPACE + "Code(?:" + SPACE + "Ann\\.)?,?" + GAP
                    + "(?:" + SECTION_WORD + GAP + ")?(?<sec>" + CA_SECTION + ")" + SUBSECTIONS);
    private static final Pattern SECTION_OF_CODE = Pattern.compile(
            SECTION_OF + "(?<sec>" + ANY_SECTION + ")" + SUBSECTIONS
                    + SPACE + "of" + SPACE + "(?:the" + SPACE + ")?"
                    + "(?<state>Texas|Tex\\.|California|Cal\\.)" + SPACE + "Penal" + SPACE + "Code");
    private static final Pattern BARE_PENAL_CODE = Pattern.compile(
            "Penal" + SPACE + "Code,?" + GAP + "(?:" + SECTION_WORD + GAP + ")?(?<sec>" + ANY_SECTION + ")" + SUBSECTIONS);
    private static final Pattern TEXAS_SHAPE = Pattern.compile(TX_SECTION);

    private static final Set<String> NEW_YORK_ANCHORS = Set.of("n", "ny", "new", "penal");
    private static final Set<String> TEXAS_ANCHORS = Set.of("tex", "texas");
    private static final Set<String> CALIFORNIA_ANCHORS = Set.of("cal", "california");
    private static final Set<String> PENAL_ANCHORS = Set.of("penal");
    private static final Set<String> SECTION_ANCHORS = Set.of("section", "sections", "sec", Anchors.SECTION_SIGN);

    private PenalCodes() {
    }

    static void find(Anchors anchors, JurisdictionContext context, List<Citation> out) {
        for (MatchResult m : anchors.matches(NEW_YORK, NEW_YORK_ANCHORS)) {
            out.add(m.group("article") != null ? newYorkArticle(m.start(), m.end(), m.group("article"))
                    : newYork(m.start(), m.end(), m.group("sec"), Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(NEW_YORK_SECTION_OF, SECTION_ANCHORS)) {
            out.add(newYork(m.start(), m.end(), m.group("sec"), Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(TEXAS, TEXAS_ANCHORS)) {
            out.add(texas(m.start(), m.end(), m.group("sec"), Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(CALIFORNIA, CALIFORNIA_ANCHORS)) {
            out.add(california(m.start(), m.end(), m.group("sec"), Fragments.subsections(m)));
        }
        for (MatchResult m : anchors.matches(SECTION_OF_CODE, SECTION_ANCHORS)) {
            boolean texas = m.group("state").startsWith("Tex");
            if (!texas) {
                out.add(california(m.start(), m.end(), m.group("sec"), Fragments.subsections(m)));
            } else if (TEXAS_SHAPE.matcher(m.group("sec")).matches()) {
                out.add(texas(m.start(), m.end(), m.group("sec"), Fragments.subsections(m)));
            }
        }
        for (MatchResult m : anchors.matches(BARE_PENAL_CODE, PENAL_ANCHORS)) {
            out.add(barePenalCode(m, context.stateAround(m.start(), m.end())));
        }
    }

    private static Citation barePenalCode(MatchResult m, String state) {
        String section = m.group("sec");
        String sub = Fragments.subsections(m);
        if (state.equals("TX") && TEXAS_SHAPE.matcher(section).matches()) {
            return texas(m.start(), m.end(), section, sub);
        }
        if (state.equals("CA")) {
            return california(m.start(), m.end(), section, sub);
        }
        return Citation.of(m.start(), m.end(), "Penal Code § " + section + (sub == null ? "" : sub), state, section,
                null, sub, null);
    }

    private static Citation newYork(int start, int end, String section, String sub) {
        return Citation.of(start, end, "N.Y. Penal Law § " + section + (sub == null ? "" : sub), "NY", section, null,
                sub, OfficialLinks.newYorkPenalLaw(section));
    }

    private static Citation newYorkArticle(int start, int end, String article) {
        return Citation.of(start, end, "N.Y. Penal Law art. " + article, "NY", article, null, null,
                OfficialLinks.newYorkPenalLawArticle(article));
    }

    private static Citation texas(int start, int end, String section, String sub) {
        return Citation.of(start, end, "Tex. Penal Code § " + section + (sub == null ? "" : sub), "TX", section, null,
                sub, OfficialLinks.texasPenalCode(section));
    }

    private static Citation california(int start, int end, String section, String sub) {
        return Citation.of(start, end, "Cal. Penal Code § " + section + (sub == null ? "" : sub), "CA", section, null,
                sub, OfficialLinks.californiaPenalCode(section));
    }
}
