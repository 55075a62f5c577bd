package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.GAP;
import static org.factdesk.detector.citation.internal.Fragments.NUMBER_END;
import static org.factdesk.detector.citation.internal.Fragments.SECTION_WORD;
import static org.factdesk.detector.citation.internal.Fragments.SPACE;
import static org.factdesk.detector.citation.internal.Fragments.SUBSECTIONS;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Citations of the codes in {@link StateCodes}, in the two orders pages write them: the code's name, then the
 * section ("ORS 167.017", "C.R.S. §§ 18-7-201 to -207", "Iowa Code chapter 710A", "Neb. Rev. Stat. § 28-801.01"),
 * and the section, then the code's full name ("Section 2907.24 of the Ohio Revised Code", "sections 28-830 to
 * 28-831 of the Nebraska Revised Statutes"). Each code's pattern starts at its own anchor words; the
 * "section ... of" form is one pattern over every full name, resolved to its code afterwards.
 */
final class NamedStateCodes {
    /** Any code's section, for the "section ... of the ..." form, whose code is known only at its end. */
    private static final String ANY_SECTION = "\\d{1,4}[A-Z]{0,2}(?:[.:\\-]\\d{1,5}[a-z]{0,2}){1,3}" + NUMBER_END;
    private static final Set<String> SECTION_ANCHORS = Set.of("section", "sections", "sec", Anchors.SECTION_SIGN);

    /** A code's patterns; {@code capitalized} when every form of its name begins with a capital letter. */
    private record Compiled(StateCode code, Pattern byName, Pattern name, boolean capitalized) {
    }

    private static final List<Compiled> CODES = StateCodes.ALL.stream().map(NamedStateCodes::compile).toList();
    private static final Pattern SECTION_OF = Pattern.compile(
            "(?:[Ss]ections?|§§?|[Ss]ec\\.)" + GAP + "(?<sec>" + ANY_SECTION + ")"
                    + "(?:" + GAP + "(?:–|—|to|through)" + GAP + "(?<hi>-?" + ANY_SECTION + "|\\d{1,5}" + NUMBER_END + "))?"
                    + SUBSECTIONS + ",?" + SPACE + "of" + SPACE + "(?:the" + SPACE + ")?(?<name>"
                    + StateCodes.ALL.stream().map(c -> spaced(c.names())).collect(Collectors.joining("|")) + ")"
                    + "(?![A-Za-z0-9])"); // "the MCLE rules" is not "MCL"

    private NamedStateCodes() {
    }

    private static Compiled compile(StateCode code) {
        String name = "(?:" + spaced(code.names()) + ")";
        Pattern byName = Pattern.compile("(?<name>" + name + ")(?![A-Za-z])(?:" + SPACE + "Ann\\.)?,?" + GAP
                + "(?:(?:[Cc]h\\.|[Cc]hapter)" + GAP + "(?<chapter>\\d{1,4}[A-Z]{0,2})" + "(?![\\w.\\-:]\\w)"
                + "|(?<word>" + SECTION_WORD + GAP + ")?(?<sec>" + code.shape().section + ")"
                + "(?:" + code.shape().rangeJoiner() + "(?<hi>" + code.shape().rangeEnd() + "))?" + SUBSECTIONS + ")");
        return new Compiled(code, byName, Pattern.compile(name), Fragments.beginsWithCapital(code.names()));
    }

    /** The names with each space standing for a short run of white space, as citations are often wrapped. */
    private static String spaced(String names) {
        return names.replace(" ", SPACE);
    }

    static void find(Anchors anchors, List<Citation> out) {
        for (Compiled c : CODES) {
            List<MatchResult> matches = c.capitalized() ? anchors.matchesFromCapitals(c.byName(), c.code().anchors())
                    : anchors.matches(c.byName(), c.code().anchors());
            for (MatchResult m : matches) {
                if (m.group("chapter") != null) {
                    out.add(chapter(c.code(), m));
                } else if (m.group("word") != null || !isBareAcronym(m.group("name"))
                        || !c.code().shape().needsSectionWord(m.group("sec"))) {
                    out.add(citation(c.code(), m.start(), m.end(), m.group("sec"), m.group("hi"), Fragments.subsections(m)));
                }
            }
        }
        for (MatchResult m : anchors.matches(SECTION_OF, SECTION_ANCHORS)) {
            for (Compiled c : CODES) {
                if (c.name().matcher(m.group("name")).matches() && c.code().shape().fits(m.group("sec"))) {
                    out.add(citation(c.code(), m.start(), m.end(), m.group("sec"), m.group("hi"), Fragments.subsections(m)));
                    break;
                }
            }
        }
    }

    /** "HRS", "KSA", "CRS": capitals without periods, which other things are called too. */
    private static boolean isBareAcronym(String name) {
        return name.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    /** A section (or a range) of {@code code}: "Or. Rev. Stat. § 167.017", "Colo. Rev. Stat. §§ 18-7-201–18-7-207". */
    static Citation citation(StateCode code, int start, int end, String section, String rangeEnd, String subsections) {
        String last = rangeEnd == null ? null : lastOfRange(section, rangeEnd, code.shape().separator);
        String normalized = code.canonical() + " " + Fragments.sections(section, last) + (subsections == null ? "" : subsections);
        return Citation.of(start, end, normalized, code.state(), section, last, subsections, code.url(section));
    }

    private static Citation chapter(StateCode code, MatchResult m) {
        String chapter = m.group("chapter");
        return Citation.of(m.start(), m.end(), code.canonical() + " ch. " + chapter, code.state(), chapter, null, null,
                null);
    }

    /**
     * The whole last section of a range: "to -207" after "18-7-201" is "18-7-207", "-324" after "609.321" is
     * "609.324", "to 28-831" is itself; {@code null} when the range does not ascend.
     */
    private static String lastOfRange(String first, String rangeEnd, char separator) {
        String last;
        if (rangeEnd.startsWith("-")) {
            int cut = first.lastIndexOf(separator == '.' ? '.' : '-');
            last = cut < 0 ? rangeEnd.substring(1) : first.substring(0, cut + 1) + rangeEnd.substring(1);
        } else {
            last = Fragments.completeRangeEnd(first, rangeEnd, separator);
        }
        return Fragments.ascending(first, last) ? last : null;
    }
}
