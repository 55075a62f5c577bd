package org.factdesk.detector.claim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.CheckWorthiness;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;
import org.osgi.service.component.annotations.Component;

/**
 * The claim detector, and the check-worthiness scorer it uses: flags every sentence that makes a checkable
 * factual assertion, ranked by how much it needs checking.
 *
 * <p>Scoring: a logistic regression over hashed word unigrams and bigrams, number shapes and character 3–5-grams
 * (model {@value ClaimModel#BUNDLED_NAME}), trained on the 22,501 crowd-labelled US presidential debate sentences
 * of ClaimBuster ({@code crowdsourced.csv}), where "check-worthy factual sentence" is the positive class. The
 * score is the model's probability that a sentence is such a claim; {@link #threshold()} (0.34) is the one that
 * maximized F1 in 5-fold cross-validation on that training set. {@link #score} scores any text as one sentence, with no other rule.
 *
 * <p>Flags: each sentence of the document that scores at or above the threshold, except sentences in headings,
 * questions (ending in {@code ?}), fragments of fewer than four words and program code ("if (ptr == NULL) {
 * return -ENOMEM; }", see {@link ClaimSentences#looksLikeCode}). The span is the whole sentence.
 * {@code normalized} is the sentence with white space collapsed to single spaces, cut to 300 characters.
 * Attributes: {@code score} (four decimals) and {@code model}.
 *
 * <p>Priority: the score rounded to three decimals, so claims the model is surest are check-worthy come first.
 */
@Component(service = {Detector.class, CheckWorthiness.class}, property = {
        Detector.TYPE + "=" + FlagTypes.CLAIM,
        Detector.VERSION + "=3",
        CheckWorthiness.MODEL + "=" + ClaimModel.BUNDLED_NAME})
public final class ClaimDetector implements Detector, CheckWorthiness {
    private final ClaimModel model = ClaimModel.bundled();

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        String text = document.text();
        List<Block> blocks = document.blocks();
        List<Finding> findings = new ArrayList<>();
        int block = 0;
        for (Span sentence : document.sentences()) {
            int start = sentence.start();
            int end = sentence.end();
            if (end > text.length() || end == start) {
                continue; // not a span of this text: nothing to judge
            }
            while (block < blocks.size() && blocks.get(block).span().end() <= start) {
                block++;
            }
            boolean inHeading = block < blocks.size() && blocks.get(block).kind() == BlockKind.HEADING
                    && blocks.get(block).span().overlaps(sentence);
            if (inHeading || !ClaimSentences.hasEnoughWords(text, start, end)
                    || ClaimSentences.isQuestion(text, start, end) || ClaimSentences.looksLikeCode(text, start, end)) {
                continue;
            }
            double score = model.scoreIfClaim(text, start, end);
            if (!Double.isNaN(score)) {
                findings.add(new Finding(FlagTypes.CLAIM, start, end, ClaimSentences.normalize(text, start, end),
                        Math.round(score * 1000) / 1000.0,
                        Map.of("score", String.format(Locale.ROOT, "%.4f", score), "model", model.name())));
            }
        }
        return findings;
    }

    @Override
    public double score(String sentence) {
        return model.score(sentence);
    }

    @Override
    public double threshold() {
        return model.threshold();
    }
}
