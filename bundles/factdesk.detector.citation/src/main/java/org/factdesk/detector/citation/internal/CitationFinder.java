package org.factdesk.detector.citation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.factdesk.api.detect.AnalyzedDocument;

/**
 * Finds the legal citations of a document. Each family of citations ({@link StateStatutes},
 * {@link PenalCodes}, {@link FederalLaw}, {@link LocalCodes}, {@link NamedStateCodes},
 * {@link TitledStateCodes}, {@link BareSections}) reports what it
 * recognises; where two reports overlap, the one that starts first (then the longer one) stays, so a citation
 * that names its code ("Minn. Stat. § 609.322") wins over the bare reading of its tail ("§ 609.322").
 *
 * <p>Every pattern is anchored on a legal word or sign ("Stat.", "U.S.C.", "§", "Penal Law", "Title", "Pub.
 * L.", "Code", "Ordinance"), so phone numbers, money, percentages and dates are never read as citations.
 */
final class CitationFinder {
    List<Citation> find(AnalyzedDocument document) {
        String text = document.text();
        JurisdictionContext context = new JurisdictionContext(document);
        List<Citation> found = new ArrayList<>();
        Anchors anchors = new Anchors(text);
        StateStatutes.find(anchors, found);
        PenalCodes.find(anchors, context, found);
        FederalLaw.find(anchors, found);
        LocalCodes.find(text, anchors, found);
        NamedStateCodes.find(anchors, found);
        TitledStateCodes.find(anchors, found);
        BareSections.find(anchors, context, found);
        return withoutOverlaps(found);
    }

    private static List<Citation> withoutOverlaps(List<Citation> found) {
        found.sort(Comparator.comparingInt(Citation::start).thenComparing(Comparator.comparingInt(Citation::end).reversed()));
        List<Citation> kept = new ArrayList<>(found.size());
        int reached = 0;
        for (Citation c : found) {
            if (c.start() >= reached) {
                kept.add(c);
                reached = c.end();
            }
        }
        return kept;
    }
}
