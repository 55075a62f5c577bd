package org.factdesk.detector.stale.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Span;
import org.osgi.service.component.annotations.Component;

/**
 * The stale detector: dates and time-bound phrases, with their age on the run date ({@code asOf}).
 *
 * <p>What it flags (attribute {@code kind}):
 * <ul>
 * <li>{@code published} / {@code updated}: a page's own date after its label, "Published Jan 16, 2013",
 *     "Updated: March 3, 2019", "Last reviewed 2021" (see {@link PublicationLabels});</li>
 * <li>{@code future-plan}: a date that has passed in a clause that speaks of the future, "will be adding new
 *     resources in 2013", "in 2013 the department plans to add";</li>
 * <li>{@code dated-claim}: a past date in a present-tense clause ("Arrest data shows 70% of 2023 prostitution
 *     charges ...", "Since February 2011, 19 defendants have been charged") and every past "as of" date;</li>
 * <li>{@code relative}: "Last year", "Next week", "today", "on Monday", "Recent state reforms" (see
 *     {@link RelativePhrases}).</li>
 * </ul>
 * History is not flagged: a past date in a clause with neither a present nor a future cue ("Minnesota first
 * passed its sex trafficking law in 2005", "The law was amended in 2009", "In 2014, Minnesota's Safe Harbor law
 * went into effect") is as true now as when it was written. Nor is a year that names a law ("the 2011 Safe
 * Harbor law"), a claim dated in a period that has not ended yet, or a plan that is still ahead.
 *
 * <p>Span: the label and its date ("Published Jan 16, 2013"), the date with its preposition ("in 2013", "As
 * of 2020") or the relative phrase. {@code normalized}: the date in ISO form (YYYY-MM-DD, YYYY-MM or YYYY, as
 * precise as the text) and its age, "2013-01-16 (13.9 years old)"; ages count from the last day the date can
 * mean, so "2019" is 2019-12-31. A relative phrase is "relative to publication date 2013-01-16" when the page
 * has a published date, "relative to update date 2019-03-03" when it only has an updated date, else
 * "relative (undated document)". Attributes: {@code kind}, and when a date is known {@code date} (ISO) and
 * {@code age_days}; for a relative phrase these are the page date it is relative to.
 *
 * <p>Priority ({@link Age#priority}): younger than a year 0.1; else overdue plans 0.7, publication and update
 * dates older than two years 0.6 (0.3 between one and two), dated claims 0.4, relative phrases 0.3.
 */
@Component(property = {Detector.TYPE + "=" + FlagTypes.STALE, Detector.VERSION + "=1"})
public final class StaleDetector implements Detector {
    private final DateFinder dates = new DateFinder();
    private final RelativePhrases relatives = new RelativePhrases();

    /** A dated finding before it becomes a {@link Finding}. */
    private record Dated(int start, int end, PartialDate date, StaleKind kind) {
    }

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        String text = document.text();
        LocalDate asOf = document.asOf();
        List<Dated> dated = new ArrayList<>();
        StaleStarts starts = StaleStarts.in(text);
        for (DateMention d : dates.find(text, starts.dates())) {
            Dated found = classify(document, d);
            if (found != null) {
                dated.add(found);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Dated d : dated) {
            long days = Age.days(d.date(), asOf);
            findings.add(new Finding(FlagTypes.STALE, d.start(), d.end(), Age.describe(d.date(), days),
                    Age.priority(d.kind(), days), attributes(d.kind(), d.date(), days)));
        }
        Dated reference = pageDate(dated);
        for (Span s : relatives.find(text, starts.phrases())) {
            findings.add(relative(s, reference, asOf));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return findings;
    }

    private static Dated classify(AnalyzedDocument document, DateMention d) {
        String text = document.text();
        Span sentence = document.sentenceAt(d.start());
        // without a sentence (text outside every block), the line around the date stands in for it
        int sentenceStart = sentence.length() > 0 ? Math.min(sentence.start(), d.start())
                : Math.max(Nearby.lineStart(text, d.start(), TimeCues.CLAUSE_REACH), d.start() - TimeCues.CLAUSE_REACH);
        int lineEnd = Nearby.lineEnd(text, d.end(), TimeCues.CLAUSE_REACH);
        int sentenceEnd = sentence.length() > 0 ? Math.max(sentence.end(), d.end())
                : lineEnd >= 0 ? lineEnd : d.end() + TimeCues.CLAUSE_REACH;
        PublicationLabels.Label label = PublicationLabels.before(text, sentenceStart, d.start());
        if (label != null) {
            return new Dated(label.start(), d.end(), d.date(), label.kind());
        }
        boolean past = d.date().lastDay().isBefore(document.asOf());
        if (!past) {
            return null; // a plan still ahead, or a claim about the current period: not stale yet
        }
        int start = TimeCues.leadInStart(text, sentenceStart, d.start());
        List<String> clause = TimeCues.clauseWords(text, sentenceStart, sentenceEnd, start, d.end());
        if (TimeCues.speaksOfFuture(clause)) {
            return new Dated(start, d.end(), d.date(), StaleKind.FUTURE_PLAN);
        }
        if (TimeCues.leadInWord(text, start, d.start()).equals("as of")
                || TimeCues.speaksOfPresent(clause) && !TimeCues.namesALaw(text, d.end())) {
            return new Dated(start, d.end(), d.date(), StaleKind.DATED_CLAIM);
        }
        return null;
    }

    /** The page's own date: its first published date, else its first updated date, else null. */
    private static Dated pageDate(List<Dated> dated) {
        Dated updated = null;
        for (Dated d : dated) {
            if (d.kind() == StaleKind.PUBLISHED) {
                return d;
            }
            if (d.kind() == StaleKind.UPDATED && updated == null) {
                updated = d;
            }
        }
        return updated;
    }

    private static Finding relative(Span s, Dated reference, LocalDate asOf) {
        if (reference == null) {
            // an undated page may be of any age: it gets the priority of an old one
            return new Finding(FlagTypes.STALE, s.start(), s.end(), "relative (undated document)",
                    Age.priority(StaleKind.RELATIVE, Long.MAX_VALUE), Map.of("kind", StaleKind.RELATIVE.label()));
        }
        long days = Age.days(reference.date(), asOf);
        String which = reference.kind() == StaleKind.PUBLISHED ? "publication" : "update";
        return new Finding(FlagTypes.STALE, s.start(), s.end(),
                "relative to " + which + " date " + reference.date().iso(), Age.priority(StaleKind.RELATIVE, days),
                attributes(StaleKind.RELATIVE, reference.date(), days));
    }

    private static Map<String, String> attributes(StaleKind kind, PartialDate date, long days) {
        Map<String, String> attributes = new TreeMap<>();
        attributes.put("kind", kind.label());
        attributes.put("date", date.iso());
        attributes.put("age_days", Long.toString(days));
        return attributes;
    }
}
