package org.factdesk.detector.statistic.internal;

import java.util.ArrayList;
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
 * The statistic detector: every number a page asserts as fact. Percentages ("68%", "96 percent"), multipliers
 * ("3×", "three times", "twice as likely", "triple the state average"), money ("$1,000", "fines up to
 * $2,000"), durations ("up to 90 days", "1 year"), ages ("12-14 years old", "the average age of entry ... is
 * 14"), ratios ("1 in 6") and counts of people, cases, places and organisations ("19 defendants", "nearly 100
 * people", "Eight organizations", "hundreds of individuals"). Years, dates, phone numbers and short codes,
 * statute numbers, street addresses, ZIP codes, list numbering, road names, version numbers, "24/7" and ages
 * used as adjectives ("a 16-year-old girl") are not flagged; see {@link StatisticFinder}.
 *
 * <p>Normalized: {@code "<qualifier> <value> <unit>"}, single-spaced, without the qualifier when there is none;
 * words become digits and grouping commas go ("Eight" → 8, "1,000" → 1000); ranges are {@code low-high}.
 * Examples: "68 percent", "up to 90 days", "up to 2000 USD", "nearly 100 people", "at least 7 attempts",
 * "average 12-14 years", "3 times", "1 in 6", "vague 200-999 individuals". Attributes: {@code value},
 * {@code value_high} (ranges only), {@code unit}, {@code qualifier} (up to, about, nearly, at least, more than,
 * less than, average, vague, or empty), {@code kind} (percent, multiplier, money, ratio, duration, age, count)
 * and {@code sourced}.
 *
 * <p>Priority: a statistic whose sentence names a source ("according to", "report found", "research shows",
 * "data shows", "(U.S. Census)", see {@link SourceCues}) is the most check-worthy: 0.9 for a percentage,
 * multiplier, ratio or money amount, 0.8 for any other. Without a source: 0.7 for a percentage, multiplier,
 * ratio or money amount, 0.5 for counts, durations and ages.
 */
@Component(property = {Detector.TYPE + "=" + FlagTypes.STATISTIC, Detector.VERSION + "=3"})
public final class StatisticDetector implements Detector {
    /** How far around a statistic, within its sentence, a source cue is looked for. */
    private static final int SOURCE_REACH = 400;

    private final StatisticFinder finder = new StatisticFinder();

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        String text = document.text();
        List<Finding> findings = new ArrayList<>();
        SourceCues cues = null;
        WordIndex index = WordIndex.of(text);
        for (Statistic s : finder.find(text, index)) {
            cues = cues == null ? SourceCues.in(text, index) : cues;
            boolean sourced = sourced(document, cues, s);
            Map<String, String> attributes = new TreeMap<>();
            attributes.put("value", Statistic.plain(s.value()));
            if (s.valueHigh() != null) {
                attributes.put("value_high", Statistic.plain(s.valueHigh()));
            }
            attributes.put("unit", s.unit());
            attributes.put("qualifier", s.qualifier());
            attributes.put("kind", s.kind());
            attributes.put("sourced", Boolean.toString(sourced));
            findings.add(new Finding(FlagTypes.STATISTIC, s.start(), s.end(), s.normalized(), priority(s, sourced),
                    attributes));
        }
        return findings;
    }

    static double priority(Statistic s, boolean sourced) {
        boolean headline = switch (s.kind()) {
            case Statistic.PERCENT, Statistic.MULTIPLIER, Statistic.RATIO, Statistic.MONEY -> true;
            default -> false;
        };
        if (sourced) {
            return headline ? 0.9 : 0.8;
        }
        return headline ? 0.7 : 0.5;
    }

    /**
     * A source cue in the statistic's sentence, read no further than {@value #SOURCE_REACH} characters away; in
     * a document without sentences, anywhere that near.
     */
    private static boolean sourced(AnalyzedDocument document, SourceCues cues, Statistic s) {
        Span sentence = document.sentenceAt(s.start());
        int from = s.start() - SOURCE_REACH;
        int to = s.end() + SOURCE_REACH;
        if (sentence.length() > 0) {
            from = Math.max(from, sentence.start());
            to = Math.min(to, Math.max(sentence.end(), s.end()));
        }
        return cues.within(Math.max(0, from), Math.min(to, document.text().length()));
    }
}
