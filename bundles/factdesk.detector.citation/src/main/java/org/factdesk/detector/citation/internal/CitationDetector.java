package org.factdesk.detector.citation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.osgi.service.component.annotations.Component;

/**
 * The citation detector: every citation of a statute, regulation, public law or local code, normalized to
 * one canonical form and linked to the official text.
 *
 * <p>Flags: Minnesota Statutes ("Minn. Stat. 609.321, subd. 7a", "Minnesota Statutes section 260C.007"),
 * Wisconsin Statutes ("Wis. Stat. § 944.30", "s. 948.08, Wis. Stats."), Connecticut General Statutes
 * ("Connecticut General Statutes §53a-82"), the New York Penal Law, the Texas and California Penal Codes, the
 * general codes of the other states in the forms their pages use ("ORS 167.017", "R.C. 2907.25", "C.R.S. § 18-7-201",
 * "MCL 750.448", "SDCL 22-23-1", "720 ILCS 5/11-14", "18 Pa.C.S. § 5902", "M.G.L. c. 272, § 53A"; see
 * {@link StateCodes} and {@link TitledStateCodes}), the U.S. Code ("18 USC 1591", "Title 18, Section 1591"), the C.F.R. ("8 CFR 214.11"), public laws ("Pub. L.
 * 106-386"), city and county codes and ordinance numbers, and bare section numbers whose state the sentence
 * or the document names ("state statutes 609.321-324" on a Minnesota page, "§ 12.1-29-06" on a North Dakota one). The span is the citation as
 * written.
 *
 * <p>Normalized: the canonical short cite, "Minn. Stat. § 609.321, subd. 7a", "Minn. Stat. §§
 * 609.321–609.324", "Conn. Gen. Stat. § 53a-82", "N.Y. Penal Law § 230.00", "Tex. Penal Code § 43.02", "18
 * U.S.C. § 1591", "8 C.F.R. § 214.11", "Pub. L. 106-386", "Rochester Code of Ordinances ch. 9.04".
 * Attributes: {@code jurisdiction} (MN, CT, NY, TX, CA, WI, US, another state's code, {@code local}, or empty
 * when unknown), {@code section}, {@code section_high} (ranges), {@code subdivision}, {@code title} (U.S.C.,
 * C.F.R.), {@code locality} (local codes) and {@code url}, the official text (revisor.mn.gov, cga.ct.gov,
 * nysenate.gov, statutes.capitol.texas.gov, leginfo.legislature.ca.gov, docs.legis.wisconsin.gov,
 * uscode.house.gov, ecfr.gov, govinfo.gov), absent when there is none.
 *
 * <p>Priority: 0.8 for every citation. A citation is a claim about what the law says that only opening the
 * statute can check, and pages quote repealed, renumbered or wrong sections often; it ranks below a hotline
 * number, whose error can cost a reader their way out, and with sourced statistics.
 */
@Component(property = {Detector.TYPE + "=" + FlagTypes.CITATION, Detector.VERSION + "=3"})
public final class CitationDetector implements Detector {
    static final double PRIORITY = 0.8;

    private final CitationFinder finder = new CitationFinder();

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (Citation c : finder.find(document)) {
            Map<String, String> attributes = new TreeMap<>();
            attributes.put("jurisdiction", c.jurisdiction());
            attributes.put("section", c.section());
            putIfPresent(attributes, "section_high", c.sectionHigh());
            putIfPresent(attributes, "subdivision", c.subdivision());
            putIfPresent(attributes, "title", c.title());
            putIfPresent(attributes, "locality", c.locality());
            putIfPresent(attributes, "url", c.url());
            findings.add(new Finding(FlagTypes.CITATION, c.start(), c.end(), c.normalized(), PRIORITY, attributes));
        }
        return findings;
    }

    private static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
