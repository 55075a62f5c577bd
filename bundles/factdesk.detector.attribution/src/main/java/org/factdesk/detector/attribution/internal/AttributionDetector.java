package org.factdesk.detector.attribution.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.Span;
import org.osgi.service.component.annotations.Component;

/**
 * The attribution detector: claims the page credits to a source, so that the editor knows which source to open.
 *
 * <p>What it flags: "according to X", "as reported by X", "per X", "based on X"; a source as the subject of a
 * reporting verb ("Police data shows", "A 2022 Minnesota Department of Health report found", "experts say",
 * "studies show", "Stearns County recorded"); quotations and indirect speech credited to a person ("“...,” said
 * Police Chief Dana Ruelle", "County Attorney Priya Lindgren said ...", "Dr. Helen Park, a pediatrician at ...,
 * said"); a source in brackets after a figure ("28% (U.S. Census)", "(Polaris Project, 2021)"); a claim placed in
 * a document ("in a 2023 county survey"); "Source: ..." lines; and the agentless "It is estimated that ...". Not
 * flagged: "according to your needs", "as shown below", and what a law says ("the law says", "according to
 * Minnesota law"), which the citation detector covers and which is checked against the statute rather than a
 * source. A surname alone ("Lindgren said") and "the partnership" are resolved to the person or organization the
 * document named before.
 *
 * <p>The flag's span is the clause that carries the attribution, source phrase and claim together: the whole
 * sentence, or, where a sentence credits two sources ("..., while ... according to ...") or a trailing source
 * credits only the clause before it, that clause. Quotations span their sentence; "Source:" lines span the line.
 *
 * <p>Normalized: the source's canonical short name ({@link SourceNames}, {@link Speakers}):
 * {@code CT Department of Children and Families}, {@code Minnesota Department of Health (2022 report)},
 * {@code county survey (2023)}, {@code national research (unnamed)}, {@code Dana Ruelle (Police Chief)}.
 * Attributes: {@code source} (the same), {@code source_kind} ({@code government}, {@code research}, {@code data},
 * {@code survey}, {@code media}, {@code organization}, {@code unnamed}) and {@code claim} (the credited words, at
 * most 300 characters). Quoted people are credited as themselves: public officials are {@code government}, other
 * people {@code organization} (they speak for one).
 *
 * <p>Priority: a claim credited to an unnamed source ("studies show", "experts say", "recent statistics") cannot
 * be looked up and is the likeliest to be invented, so it ranks highest, 0.85; a named government or official
 * source 0.75, since it is authoritative and worth confirming first; any other source 0.7.
 *
 * <p>Sentences longer than {@value #MAX_SENTENCE} characters are not prose and are skipped. Sentences the splitter
 * cut after a rank ("Lt.", "Sgt.") are joined again first.
 */
@Component(property = {Detector.TYPE + "=" + FlagTypes.ATTRIBUTION, Detector.VERSION + "=1"})
public final class AttributionDetector implements Detector {
    static final int MAX_SENTENCE = 3_000;

    private final CueFinder finder = new CueFinder();

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        String text = document.text();
        DocumentMemory memory = new DocumentMemory();
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Span previous = null;
        for (Span sentence : sentences(document)) {
            if (sentence.end() > text.length() || sentence.length() == 0) {
                continue;
            }
            // most sentences hold no word a rule needs: not tokenizing them is the bulk of the saving
            if (sentence.length() <= MAX_SENTENCE && CueWords.mayHold(text, sentence)) {
                SentenceView view = SentenceView.of(text, sentence);
                List<Cue> cues = finder.find(view, memory);
                // most sentences credit no source: their clauses are not needed
                List<Span> separators = cues.isEmpty() ? List.of() : cues.size() > 1
                        ? Clauses.separatorsBetweenSources(text, sentence) : Clauses.separators(text, sentence);
                for (int i = 0; i < cues.size(); i++) {
                    Cue cue = cues.get(i);
                    Span span = span(text, sentence, separators, cues, i);
                    if (span.length() > 0 && seen.add(span.start() + ":" + span.end() + ":" + cue.source().name())) {
                        findings.add(finding(text, span, cue, previous));
                    }
                    memory.rememberSource(cue.source());
                }
                memory.rememberOrganizations(view);
            }
            previous = sentence;
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::normalized));
        return findings;
    }

    /** The pipeline's sentences, rejoined after title abbreviations; the blocks, or the whole text, when there are none. */
    private static List<Span> sentences(AnalyzedDocument document) {
        if (!document.sentences().isEmpty()) {
            return TitleAbbreviations.rejoin(document.text(), document.sentences());
        }
        if (!document.blocks().isEmpty()) {
            return document.blocks().stream().map(Block::span).toList();
        }
        return List.of(new Span(0, document.text().length()));
    }

    private static Finding finding(String text, Span span, Cue cue, Span previous) {
        Map<String, String> attributes = new TreeMap<>();
        attributes.put("source", cue.source().name());
        attributes.put("source_kind", cue.source().kind().wireName());
        attributes.put("claim", claim(text, span, cue, previous));
        return new Finding(FlagTypes.ATTRIBUTION, span.start(), span.end(), cue.source().name(),
                cue.source().kind().priority(), attributes);
    }

    private static String claim(String text, Span span, Cue cue, Span previous) {
        String claim = switch (cue.reach()) {
            case FORWARD -> text.substring(Math.min(cue.end(), span.end()), span.end());
            case BACKWARD -> text.substring(span.start(), Math.max(span.start(), cue.start()));
            case AROUND -> text.substring(span.start(), Math.max(span.start(), cue.start())) + " "
                    + text.substring(Math.min(cue.end(), span.end()), span.end());
            case CLAUSE -> text.substring(span.start(), span.end());
            case QUOTATION -> text.substring(cue.claimStart(), cue.claimEnd());
            case SOURCE_LINE -> previous == null ? "" : text.substring(previous.start(), previous.end());
        };
        String tidy = ClaimText.tidy(claim);
        return tidy.isEmpty() ? ClaimText.tidy(text.substring(span.start(), span.end())) : tidy;
    }

    /**
     * The clause the cue credits. A cue whose claim follows it reaches to the end of the sentence, or to the
     * separator before the clause of the next cue in the same sentence.
     */
    private static Span span(String text, Span sentence, List<Span> separators, List<Cue> cues, int index) {
        Cue cue = cues.get(index);
        int start;
        int end;
        switch (cue.reach()) {
            case QUOTATION, SOURCE_LINE -> {
                start = sentence.start();
                end = sentence.end();
            }
            case BACKWARD -> {
                start = Clauses.clauseStart(separators, sentence, cue.start());
                end = cue.end();
            }
            default -> {
                start = Clauses.clauseStart(separators, sentence, cue.start());
                end = sentence.end();
                if (index + 1 < cues.size()) {
                    int nextClause = Clauses.clauseStart(separators, sentence, cues.get(index + 1).start());
                    for (Span sep : separators) {
                        if (sep.start() >= cue.end() && sep.end() <= nextClause) {
                            end = sep.start();
                        }
                    }
                }
            }
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return new Span(start, end);
    }
}
