package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.GAP;
import static org.factdesk.detector.citation.internal.Fragments.NUMBER_END;
import static org.factdesk.detector.citation.internal.Fragments.SPACE;
import static org.factdesk.detector.citation.internal.Fragments.SUBSECTIONS;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * State codes whose citations need more than a section number, normalized to the Bluebook's short cite:
 * <ul>
 *   <li>Illinois, by chapter and act: "720 ILCS 5/11-14" is "720 Ill. Comp. Stat. 5/11-14", and so is "Section
 *       11-14 of the Criminal Code of 2012" (the Criminal Code is act 5 of chapter 720, as its 1961 predecessor
 *       was);</li>
 *   <li>Pennsylvania, by title: "18 Pa.C.S. § 5902" is "18 Pa. Cons. Stat. § 5902";</li>
 *   <li>Oklahoma, Vermont, Maine and Delaware, by title before or after the name: "21 O.S. § 1029" and "Okla.
 *       Stat. tit. 21, § 1029" are "Okla. Stat. tit. 21, § 1029"; "13 V.S.A. § 2632", "17-A M.R.S. § 853", "11 Del.
 *       C. § 787" likewise;</li>
 *   <li>Massachusetts, by chapter: "M.G.L. c. 272, § 53A" is "Mass. Gen. Laws ch. 272, § 53A";</li>
 *   <li>Maryland, by article: "Md. Code Ann., Crim. Law § 11-303" and "Criminal Law Article, § 11-303".</li>
 * </ul>
 */
final class TitledStateCodes {
    /** A title: "21", "17-A". */
    private static final String TITLE = "(?<title>\\d{1,3}(?:-[A-Z])?)";
    private static final String SECTION = "(?<sec>\\d{1,5}[A-Za-z]{0,2}(?:[.\\-]\\d{1,4}[a-z]?){0,2})" + NUMBER_END;
    private static final String SECTION_MARK = "(?:§§?|[Ss]ec(?:tion|\\.)?)";

    /** A code cited by title; {@code capitalized} when every long name (the start of {@code titleAfter}) begins with a capital. */
    private record Titled(String state, String canonical, Pattern titleFirst, Pattern titleAfter, boolean capitalized,
                          Set<String> anchors) {
    }

    private static final List<Titled> TITLED = List.of(
            titled("OK", "Okla. Stat.", "O\\.S\\.|Okla\\. Stat\\.(?: Ann\\.)?", "Okla\\. Stat\\.(?: Ann\\.)?|Oklahoma Statutes",
                    Set.of("okla", "oklahoma")),
            titled("VT", "Vt. Stat. Ann.", "V\\.S\\.A\\.|Vt\\. Stat\\. Ann\\.", "Vt\\. Stat\\.(?: Ann\\.)?|Vermont Statutes(?: Annotated)?",
                    Set.of("vt", "vermont")),
            titled("ME", "Me. Stat.", "M\\.R\\.S\\.(?:A\\.)?|M\\.R\\.S\\.A\\.", "Me\\. (?:Rev\\. )?Stat\\.(?: Ann\\.)?|Maine Revised Statutes",
                    Set.of("me", "maine")),
            titled("DE", "Del. Code Ann.", "Del\\. C\\.(?: Ann\\.)?", "Del\\. Code(?: Ann\\.)?|Delaware Code",
                    Set.of("del", "delaware")));

    private static final Pattern ILLINOIS = Pattern.compile(
            "(?<chapter>\\d{1,3})" + SPACE + "(?:ILCS|Ill\\." + GAP + "Comp\\." + GAP + "Stat\\.)(?:" + SPACE + "Ann\\.)?"
                    + GAP + "(?<act>\\d{1,4})/(?<sec>\\d{1,4}(?:[.\\-]\\d{1,4}){0,3})" + NUMBER_END + SUBSECTIONS);
    private static final Pattern ILLINOIS_CRIMINAL_CODE = Pattern.compile(
            "[Ss]ections?" + GAP + "(?<sec>\\d{1,2}-\\d{1,4}(?:\\.\\d{1,2})?)" + NUMBER_END + SUBSECTIONS + SPACE + "of"
                    + SPACE + "the" + SPACE + "(?:Illinois" + SPACE + ")?Criminal" + SPACE + "Code" + SPACE + "of"
                    + SPACE + "(?:2012|1961)");
    private static final Set<String> SECTION_WORDS = Set.of("section", "sections");
    private static final Pattern PENNSYLVANIA = Pattern.compile(
            "(?<title>\\d{1,2})" + SPACE + "Pa\\." + GAP + "(?:C\\.S\\.(?:A\\.)?|Cons\\." + SPACE + "Stat\\.)(?:" + SPACE
                    + "Ann\\.)?,?" + GAP + "(?:" + SECTION_MARK + GAP + ")?" + "(?<sec>\\d{1,4}(?:\\.\\d{1,3})?)"
                    + NUMBER_END + SUBSECTIONS);
    private static final Pattern MASSACHUSETTS = Pattern.compile(
            "(?:Mass(?:achusetts|\\.)" + SPACE + "Gen(?:eral|\\.)" + SPACE + "Laws(?:" + SPACE + "Ann\\.)?|M\\.?G\\.?L\\.?(?:A\\.?)?"
                    + "|G\\.L\\.),?" + GAP + "(?:[Cc]h(?:apter|\\.)?|c\\.)" + GAP + "(?<chapter>\\d{1,3}[A-Z]?)" + NUMBER_END
                    + "(?:,?" + GAP + SECTION_MARK + GAP + "(?<sec>\\d{1,3}[A-Z]{0,2})(?!\\w))?" + SUBSECTIONS);
    private static final Pattern MARYLAND = Pattern.compile(
            "(?:Md\\." + SPACE + "Code(?:" + SPACE + "Ann\\.)?,?" + SPACE + "Crim(?:inal|\\.)" + SPACE + "Law"
                    + "|Criminal" + SPACE + "Law" + SPACE + "Article),?" + GAP + SECTION_MARK + GAP
                    + "(?<sec>\\d{1,2}-\\d{1,4}(?:\\.\\d)?)" + NUMBER_END + SUBSECTIONS);

    /** The anchor words of these codes, for {@link Anchors}. */
    static final Set<String> ANCHORS = Set.of("okla", "oklahoma", "vt", "vermont", "me", "maine", "del", "delaware",
            "mass", "massachusetts", "m", "mgl", "mgla", "g", "md", "criminal");
    /** Every pattern that starts with a number starts with a short one, white space and a code's capital. */
    private static final Set<String> NUMBER_ANCHOR = Set.of(Anchors.NUMBER_BEFORE_CAPITAL);

    private TitledStateCodes() {
    }

    private static Titled titled(String state, String canonical, String shortNames, String longNames, Set<String> anchors) {
        Pattern first = Pattern.compile(TITLE + SPACE + "(?:" + shortNames.replace(" ", SPACE) + "),?" + GAP
                + "(?:" + SECTION_MARK + GAP + ")?" + SECTION + SUBSECTIONS);
        Pattern after = Pattern.compile("(?:" + longNames.replace(" ", SPACE) + "),?" + GAP + "(?:tit(?:le|\\.)|Title)" + GAP
                + TITLE + ",?" + GAP + SECTION_MARK + GAP + SECTION + SUBSECTIONS);
        return new Titled(state, canonical, first, after, Fragments.beginsWithCapital(longNames), anchors);
    }

    static void find(Anchors anchors, List<Citation> out) {
        for (Titled t : TITLED) {
            for (MatchResult m : anchors.matches(t.titleFirst(), NUMBER_ANCHOR)) {
                out.add(titled(t, m));
            }
            List<MatchResult> after = t.capitalized() ? anchors.matchesFromCapitals(t.titleAfter(), t.anchors())
                    : anchors.matches(t.titleAfter(), t.anchors());
            for (MatchResult m : after) {
                out.add(titled(t, m));
            }
        }
        for (MatchResult m : anchors.matches(ILLINOIS, NUMBER_ANCHOR)) {
            String section = m.group("act") + "/" + m.group("sec");
            String sub = Fragments.subsections(m);
            out.add(new Citation(m.start(), m.end(), m.group("chapter") + " Ill. Comp. Stat. " + section
                    + (sub == null ? "" : sub), "IL", section, null, sub, m.group("chapter"), null, null));
        }
        for (MatchResult m : anchors.matches(ILLINOIS_CRIMINAL_CODE, SECTION_WORDS)) {
            String section = "5/" + m.group("sec");
            String sub = Fragments.subsections(m);
            out.add(new Citation(m.start(), m.end(), "720 Ill. Comp. Stat. " + section + (sub == null ? "" : sub), "IL",
                    section, null, sub, "720", null, null));
        }
        for (MatchResult m : anchors.matches(PENNSYLVANIA, NUMBER_ANCHOR)) {
            String sub = Fragments.subsections(m);
            out.add(new Citation(m.start(), m.end(), m.group("title") + " Pa. Cons. Stat. § " + m.group("sec")
                    + (sub == null ? "" : sub), "PA", m.group("sec"), null, sub, m.group("title"), null, null));
        }
        for (MatchResult m : anchors.matches(MASSACHUSETTS, ANCHORS)) {
            String chapter = m.group("chapter");
            String section = m.group("sec");
            String sub = Fragments.subsections(m);
            String normalized = "Mass. Gen. Laws ch. " + chapter + (section == null ? "" : ", § " + section)
                    + (sub == null ? "" : sub);
            out.add(new Citation(m.start(), m.end(), normalized, "MA", section == null ? chapter : section, null, sub,
                    chapter, null, null));
        }
        for (MatchResult m : anchors.matches(MARYLAND, ANCHORS)) {
            String sub = Fragments.subsections(m);
            out.add(Citation.of(m.start(), m.end(), "Md. Code Ann., Crim. Law § " + m.group("sec")
                    + (sub == null ? "" : sub), "MD", m.group("sec"), null, sub, null));
        }
    }

    private static Citation titled(Titled t, MatchResult m) {
        String sub = Fragments.subsections(m);
        String normalized = t.canonical() + " tit. " + m.group("title") + ", § " + m.group("sec") + (sub == null ? "" : sub);
        return new Citation(m.start(), m.end(), normalized, t.state(), m.group("sec"), null, sub, m.group("title"), null,
                null);
    }
}
