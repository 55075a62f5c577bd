package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.StateCode.Shape.COLON;
import static org.factdesk.detector.citation.internal.StateCode.Shape.DECIMAL;
import static org.factdesk.detector.citation.internal.StateCode.Shape.DOUBLE_DECIMAL;
import static org.factdesk.detector.citation.internal.StateCode.Shape.HYPHENATED;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codes of the states that have no family of their own in this detector (Minnesota, Wisconsin and
 * Connecticut are in {@link StateStatutes}; the New York, Texas and California penal codes in {@link PenalCodes}),
 * so that a page about Oregon or Ohio law is read as well as one about Minnesota's. Each entry lists the forms
 * pages use (the Bluebook abbreviation, the state's own short form such as "ORS", "R.C.", "C.R.S.", "MCL",
 * "SDCL", "RCW", and the full name) and normalizes to the Bluebook's short cite. Codes cited by title ("18 Pa.
 * C.S. § 5902", "Okla. Stat. tit. 21, § 1029"), by chapter ("M.G.L. c. 272, § 53A") or by act ("720 ILCS
 * 5/11-14") are read by {@link TitledStateCodes}.
 *
 * <p>Links are given only where the legislature keeps one stable address per section; elsewhere the citation has
 * none rather than a guessed or commercial one.
 */
final class StateCodes {
    static final List<StateCode> ALL = List.of(
            StateCode.of("AL", "Ala. Code", "Ala(?:bama|\\.) Code(?: Ann\\.)?|Code of Alabama",
                    List.of("ala", "alabama", "code"), HYPHENATED, null),
            StateCode.of("AK", "Alaska Stat.", "Alaska Stat(?:utes|\\.)",
                    List.of("alaska"), DOUBLE_DECIMAL, null),
            StateCode.of("AZ", "Ariz. Rev. Stat.", "A\\.R\\.S\\.|Ariz(?:ona|\\.) Rev(?:ised|\\.) Stat(?:utes|\\.)(?: Ann\\.)?",
                    List.of("a", "ariz", "arizona"), HYPHENATED, null),
            StateCode.of("AR", "Ark. Code Ann.", "Ark(?:ansas|\\.) Code(?: Ann(?:otated|\\.))?|A\\.C\\.A\\.",
                    List.of("ark", "arkansas", "a"), HYPHENATED, null),
            StateCode.of("CO", "Colo. Rev. Stat.", "C\\.R\\.S\\.|CRS|Colo(?:rado|\\.) Rev(?:ised|\\.) Stat(?:utes|\\.)(?: Ann\\.)?",
                    List.of("c", "crs", "colo", "colorado"), HYPHENATED, null),
            StateCode.of("FL", "Fla. Stat.", "Fla\\. Stat(?:utes|\\.)(?: Ann\\.)?|Florida Statutes|F\\.S\\.",
                    List.of("fla", "florida", "f"), DECIMAL, null),
            StateCode.of("GA", "Ga. Code Ann.", "O\\.C\\.G\\.A\\.|OCGA|Ga\\. Code(?: Ann\\.)?|Georgia Code"
                            + "|Official Code of Georgia(?: Annotated)?",
                    List.of("o", "ocga", "ga", "georgia", "official"), HYPHENATED, null),
            StateCode.of("HI", "Haw. Rev. Stat.", "HRS|H\\.R\\.S\\.|Haw(?:aii|\\.) Rev(?:ised|\\.) Stat(?:utes|\\.)",
                    List.of("hrs", "h", "haw", "hawaii"), HYPHENATED, null),
            StateCode.of("ID", "Idaho Code", "Idaho Code(?: Ann\\.)?",
                    List.of("idaho"), HYPHENATED, null),
            StateCode.of("IN", "Ind. Code", "Ind(?:iana|\\.) Code(?: Ann\\.)?|I\\.C\\.",
                    List.of("ind", "indiana", "i"), HYPHENATED, null),
            StateCode.of("IA", "Iowa Code", "Iowa Code(?: Ann\\.)?|Code of Iowa",
                    List.of("iowa", "code"), DECIMAL, s -> "https://www.legis.iowa.gov/docs/code/" + s + ".pdf"),
            StateCode.of("KS", "Kan. Stat. Ann.", "K\\.S\\.A\\.|KSA|Kan(?:sas|\\.) Stat(?:utes|\\.)(?: Ann(?:otated|\\.))?",
                    List.of("k", "ksa", "kan", "kansas"), HYPHENATED, null),
            StateCode.of("KY", "Ky. Rev. Stat. Ann.", "KRS|Ky\\. Rev\\. Stat\\.(?: Ann\\.)?|Kentucky Revised Statutes",
                    List.of("krs", "ky", "kentucky"), DECIMAL, null),
            StateCode.of("LA", "La. Stat. Ann.", "La\\. R\\.S\\.|La\\. Rev\\. Stat\\.(?: Ann\\.)?|La\\. Stat\\.(?: Ann\\.)?"
                            + "|Louisiana Revised Statutes",
                    List.of("la", "louisiana"), COLON, null),
            StateCode.of("MI", "Mich. Comp. Laws", "MCLA?|M\\.C\\.L\\.(?:A\\.)?|Mich(?:igan|\\.) Comp(?:iled|\\.) Laws(?: Ann\\.)?",
                    List.of("mcl", "mcla", "m", "mich", "michigan"), DECIMAL,
                    s -> "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-" + s.replace('.', '-')),
            StateCode.of("MS", "Miss. Code Ann.", "Miss(?:issippi|\\.) Code(?: Ann(?:otated|\\.))?",
                    List.of("miss", "mississippi"), HYPHENATED, null),
            StateCode.of("MO", "Mo. Rev. Stat.", "Mo\\. Rev\\. Stat\\.|Missouri Revised Statutes|RSMo",
                    List.of("mo", "missouri", "rsmo"), DECIMAL, null),
            StateCode.of("MT", "Mont. Code Ann.", "MCA|Mont(?:ana|\\.) Code(?: Ann(?:otated|\\.))?",
                    List.of("mca", "mont", "montana"), HYPHENATED, null),
            StateCode.of("NE", "Neb. Rev. Stat.", "Neb(?:raska|\\.) Rev(?:ised|\\.) Stat(?:utes|\\.)(?: Ann\\.)?",
                    List.of("neb", "nebraska"), HYPHENATED,
                    s -> "https://nebraskalegislature.gov/laws/statutes.php?statute=" + s),
            StateCode.of("NV", "Nev. Rev. Stat.", "NRS|Nev(?:ada|\\.) Rev(?:ised|\\.) Stat(?:utes|\\.)",
                    List.of("nrs", "nev", "nevada"), DECIMAL, null),
            StateCode.of("NH", "N.H. Rev. Stat. Ann.", "RSA|N\\.H\\. Rev\\. Stat\\.(?: Ann\\.)?|New Hampshire Revised Statutes(?: Annotated)?",
                    List.of("rsa", "n", "new"), COLON, null),
            StateCode.of("NJ", "N.J. Stat. Ann.", "N\\.J\\.S\\.A?\\.?|N\\.J\\. Stat\\.(?: Ann\\.)?|New Jersey Statutes(?: Annotated)?",
                    List.of("n", "new"), COLON, null),
            StateCode.of("NM", "N.M. Stat. Ann.", "NMSA(?: 1978)?|N\\.M\\. Stat\\.(?: Ann\\.)?|New Mexico Statutes(?: Annotated)?",
                    List.of("nmsa", "n", "new"), HYPHENATED, null),
            StateCode.of("NC", "N.C. Gen. Stat.", "N\\.C\\. Gen\\. Stat\\.|N\\.C\\.G\\.S\\.|NCGS|G\\.S\\."
                            + "|North Carolina General Statutes",
                    List.of("n", "ncgs", "g", "north"), HYPHENATED, null),
            StateCode.of("ND", "N.D. Cent. Code", "N\\.D\\. Cent\\. Code|N\\.D\\.C\\.C\\.|NDCC|North Dakota Century Code",
                    List.of("n", "ndcc", "north"), HYPHENATED, null),
            StateCode.of("OH", "Ohio Rev. Code", "Ohio Rev(?:ised|\\.) Code(?: Ann(?:otated|\\.))?|O\\.R\\.C\\.|R\\.C\\.|ORC",
                    List.of("ohio", "o", "r", "orc"), DECIMAL, s -> "https://codes.ohio.gov/ohio-revised-code/section-" + s),
            StateCode.of("OR", "Or. Rev. Stat.", "ORS|Or(?:egon|\\.) Rev(?:ised|\\.) Stat(?:utes|\\.)",
                    List.of("ors", "or", "oregon"), DECIMAL, StateCodes::oregon),
            StateCode.of("RI", "R.I. Gen. Laws", "R\\.I\\. Gen\\. Laws|R\\.I\\.G\\.L\\.|Rhode Island General Laws",
                    List.of("r", "rhode"), HYPHENATED, null),
            StateCode.of("SC", "S.C. Code Ann.", "S\\.C\\. Code(?: Ann\\.)?|South Carolina Code(?: of Laws)?",
                    List.of("s", "south"), HYPHENATED, null),
            StateCode.of("SD", "S.D. Codified Laws", "SDCL|S\\.D\\. Codified Laws|South Dakota Codified Laws",
                    List.of("sdcl", "s", "south"), HYPHENATED, s -> "https://sdlegislature.gov/Statutes/" + s),
            StateCode.of("TN", "Tenn. Code Ann.", "T\\.C\\.A\\.|Tenn(?:essee|\\.) Code(?: Ann(?:otated|\\.))?",
                    List.of("t", "tenn", "tennessee"), HYPHENATED, null),
            StateCode.of("UT", "Utah Code Ann.", "Utah Code(?: Ann(?:otated|\\.))?|U\\.C\\.A\\.",
                    List.of("utah", "u"), HYPHENATED, null),
            StateCode.of("VA", "Va. Code Ann.", "Va\\. Code(?: Ann\\.)?|Code of Virginia|Virginia Code",
                    List.of("va", "code", "virginia"), HYPHENATED, s -> "https://law.lis.virginia.gov/vacode/" + s + "/"),
            StateCode.of("WA", "Wash. Rev. Code", "RCW|Wash(?:ington|\\.) Rev(?:ised|\\.) Code",
                    List.of("rcw", "wash", "washington"), DOUBLE_DECIMAL,
                    s -> "https://app.leg.wa.gov/RCW/default.aspx?cite=" + s),
            StateCode.of("WV", "W. Va. Code", "W\\.(?: )?Va\\. Code(?: Ann\\.)?|West Virginia Code",
                    List.of("w", "west"), HYPHENATED, null),
            StateCode.of("WY", "Wyo. Stat. Ann.", "W\\.S\\.|Wyo(?:ming|\\.) Stat(?:utes|\\.)(?: Ann(?:otated|\\.))?",
                    List.of("w", "wyo", "wyoming"), HYPHENATED, null));

    private static final Map<String, StateCode> BY_STATE = byState();

    private StateCodes() {
    }

    private static Map<String, StateCode> byState() {
        Map<String, StateCode> m = new HashMap<>();
        ALL.forEach(c -> m.put(c.state(), c));
        return Map.copyOf(m);
    }

    /** The code of a state, when it is one of {@link #ALL}. */
    static Optional<StateCode> of(String state) {
        return Optional.ofNullable(BY_STATE.get(state));
    }

    /** Every word a state code's name begins with: the anchors the citation search must stop at. */
    static Set<String> anchorWords() {
        Set<String> words = new HashSet<>();
        ALL.forEach(c -> words.addAll(c.anchors()));
        words.addAll(TitledStateCodes.ANCHORS);
        return words;
    }

    /** Oregon publishes each chapter of its Revised Statutes as one page: "167.017" is on ors167.html. */
    private static String oregon(String section) {
        String chapter = section.substring(0, section.indexOf('.'));
        return "https://www.oregonlegislature.gov/bills_laws/ors/ors" + "0".repeat(Math.max(0, 3 - chapter.length()))
                + chapter + ".html";
    }
}
