package org.factdesk.detector.boilerplate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.osgi.service.component.annotations.Component;

/**
 * The boilerplate detector: site chrome that is not content, flagged block by block so that the pipeline can
 * keep it out of the search index and drop claim flags inside it.
 *
 * <p>What it flags, by kind ({@code normalized} and the attribute {@code kind}):
 * {@code comments} (comment forms: "Leave a Reply", "Your email address will not be published", "No comments
 * yet"), {@code navigation} (skip links, "Print this page", footer and menu link lists such as "Contact us /
 * Email updates / Find a service"), {@code social} (share buttons, "City of Minneapolis Facebook City of
 * Minneapolis Twitter ..."), {@code category} ("Categories MinnesotaState Regulations and Laws"),
 * {@code logo} ("Minneapolis, City of Lakes logo"), {@code legal} (copyright lines, "Privacy policy") and
 * {@code cookie} (consent notices). {@link ChromeLabels} judges each block by its text, {@link ChromeLayout}
 * by its neighbours: a known label such as "Comments" or "Contact us" counts only next to other chrome, and
 * short unknown link-like blocks count only inside a list that is mostly known labels. Content that merely
 * looks short is kept: questions, lines ending like sentences, anything with digits (contact lines with
 * phone numbers, dates, "311 call center"), items with a comma or a description after a colon, and runs of
 * short headings or service names that are not mostly known labels.
 *
 * <p>Span: whole blocks; consecutive blocks of the same kind form one finding (attribute {@code blocks}, the
 * number of blocks). Priority: 0.05, since chrome needs no checking; it is flagged so it can be ignored.
 */
@Component(property = {Detector.TYPE + "=" + FlagTypes.BOILERPLATE, Detector.VERSION + "=1"})
public final class BoilerplateDetector implements Detector {
    static final double PRIORITY = 0.05;

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        List<Block> blocks = document.blocks();
        String text = document.text();
        List<Verdict> verdicts = new ArrayList<>(blocks.size());
        ChromeLabels labels = new ChromeLabels();
        for (Block b : blocks) {
            verdicts.add(b.span().length() > ChromeLabels.MAX_CHROME_LENGTH ? Verdict.CONTENT
                    : labels.judge(text.substring(b.span().start(), b.span().end())));
        }
        ChromeKind[] kinds = ChromeLayout.resolve(verdicts);
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < kinds.length) {
            ChromeKind kind = kinds[i];
            if (kind == null || blocks.get(i).span().length() == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < kinds.length && kinds[end] == kind) {
                end++;
            }
            findings.add(new Finding(FlagTypes.BOILERPLATE, blocks.get(i).span().start(), blocks.get(end - 1).span().end(),
                    kind.label(), PRIORITY, Map.of("kind", kind.label(), "blocks", Integer.toString(end - i))));
            i = end;
        }
        return findings;
    }
}
