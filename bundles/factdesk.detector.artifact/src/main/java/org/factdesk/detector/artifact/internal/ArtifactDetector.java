package org.factdesk.detector.artifact.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.Span;
import org.osgi.service.component.annotations.Component;

/**
 * The artifact detector: text a language model left behind that no editor would publish.
 *
 * <p>What it flags ({@link ArtifactCues} lists the phrases):
 * <ul>
 * <li>{@code refusal}: "I'm sorry, but I can't", "I cannot provide", "I am unable to", "your question seems
 *     to be unrelated";</li>
 * <li>{@code ai-self-reference}: "As an AI language model", "I am an AI", "I don't have personal opinions";</li>
 * <li>{@code role-self-description}: "As an expert in X, I ...", "my expertise lies in", "I was designated
 *     to assist with", "I do not specialize in";</li>
 * <li>{@code knowledge-cutoff}: "as of my last update", "my training data", "I don't have real-time
 *     information";</li>
 * <li>{@code chat-leftover}: "Certainly! Here is", "I hope this helps", "Please let me know if you have any
 *     questions", "Regenerate response", template placeholders such as "[Insert phone number]";</li>
 * <li>{@code off-topic-answer}: an answer on a Q&amp;A page that does not answer its question and keeps
 *     naming another subject (the measure is documented on {@link OffTopicAnswers}).</li>
 * </ul>
 * Every phrase needs the first person or chat-interface text, so third-person prose ("Victims cannot leave
 * due to threats", "As an advocate for survivors, the agency ...") is never flagged. Inside quotation marks a
 * phrase a person could say ("I am unable to ...", "I hope this helps") is a quoted person's speech and is
 * skipped; a phrase only a model says ("As an AI language model") is still flagged, at lower priority,
 * because a page may quote a chatbot on purpose. First-person opinions ("I think we have seen a
 * deterioration") match no phrase at all.
 *
 * <p>Span: the sentence that carries the phrase (one finding per sentence; when a sentence shows several
 * kinds, the order of {@link ArtifactKind} decides), or the whole answer for {@code off-topic-answer}.
 * {@code normalized} and the attribute {@code kind} are the kind; {@code cue} is the phrase found, and
 * off-topic answers add {@code question}, {@code coverage} and {@code topic}.
 *
 * <p>Priority: 0.95, because one artifact shows the whole page is unreviewed model output; 0.5 for a
 * model-only phrase inside quotation marks (attribute {@code quoted=true}).
 */
@Component(property = {Detector.TYPE + "=" + FlagTypes.ARTIFACT, Detector.VERSION + "=1"})
public final class ArtifactDetector implements Detector {
    static final double PRIORITY = 0.95;
    static final double QUOTED_PRIORITY = 0.5;

    private final ArtifactCues cues = new ArtifactCues();
    private final OffTopicAnswers offTopic = new OffTopicAnswers();

    /** A sentence carrying cue phrases: the strongest kind found in it, and that kind's phrase. */
    private record Carrier(Span span, CueMatch cue, boolean quoted) {
    }

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        String text = document.text();
        List<Finding> findings = new ArrayList<>();
        for (Carrier c : carriers(document)) {
            Map<String, String> attributes = new TreeMap<>();
            attributes.put("kind", c.cue().kind().label());
            attributes.put("cue", text.substring(c.cue().start(), c.cue().end()));
            if (c.quoted()) {
                attributes.put("quoted", "true");
            }
            findings.add(new Finding(FlagTypes.ARTIFACT, c.span().start(), c.span().end(), c.cue().kind().label(),
                    c.quoted() ? QUOTED_PRIORITY : PRIORITY, attributes));
        }
        for (OffTopicAnswer a : offTopic.find(text, document.blocks())) {
            String kind = ArtifactKind.OFF_TOPIC_ANSWER.label();
            Map<String, String> attributes = new TreeMap<>();
            attributes.put("kind", kind);
            attributes.put("question", a.question());
            attributes.put("coverage", String.format(Locale.ROOT, "%.2f", a.coverage()));
            attributes.put("topic", a.topic());
            findings.add(new Finding(FlagTypes.ARTIFACT, a.start(), a.end(), kind, PRIORITY, attributes));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::normalized));
        return findings;
    }

    /** The sentences that carry cue phrases, in text order; sentences that a phrase joins are merged. */
    private List<Carrier> carriers(AnalyzedDocument document) {
        String text = document.text();
        List<Carrier> out = new ArrayList<>();
        for (CueMatch cue : cues.find(text)) {
            boolean quoted = Quotation.isInside(text, blockStart(document.blocks(), cue.start()), cue.start());
            if (quoted && cue.speakable()) {
                continue;
            }
            Span span = sentenceSpan(document, cue);
            Carrier candidate = new Carrier(span, cue, quoted);
            Carrier last = out.isEmpty() ? null : out.getLast();
            if (last != null && last.span().overlaps(span)) {
                out.set(out.size() - 1, merge(last, candidate));
            } else {
                out.add(candidate);
            }
        }
        return out;
    }

    private static Carrier merge(Carrier a, Carrier b) {
        Span span = new Span(Math.min(a.span().start(), b.span().start()), Math.max(a.span().end(), b.span().end()));
        Carrier stronger = b.cue().kind().ordinal() < a.cue().kind().ordinal() ? b : a;
        return new Carrier(span, stronger.cue(), a.quoted() && b.quoted());
    }

    /** The sentence around the phrase, widened to the sentence of its end when the phrase crosses a boundary. */
    private static Span sentenceSpan(AnalyzedDocument document, CueMatch cue) {
        Span first = document.sentenceAt(cue.start());
        Span last = document.sentenceAt(cue.end() - 1);
        int start = Math.min(cue.start(), first.length() > 0 ? first.start() : cue.start());
        int end = Math.max(cue.end(), last.length() > 0 ? last.end() : cue.end());
        return new Span(start, end);
    }

    private static int blockStart(List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = blocks.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s.start();
            }
        }
        return 0;
    }
}
