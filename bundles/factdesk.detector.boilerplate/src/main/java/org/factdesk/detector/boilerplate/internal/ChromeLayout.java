package org.factdesk.detector.boilerplate.internal;

import java.util.List;

import org.factdesk.detector.boilerplate.internal.Verdict.Strength;

/**
 * Decides which blocks are chrome from the blocks' own verdicts and their neighbours:
 * <ol>
 * <li>a block that is chrome by its text ({@link Strength#CHROME}) is chrome;</li>
 * <li>a known label ({@link Strength#LABEL}: "Comments", "Contact us", "Facebook") is chrome when a neighbouring
 *     block is chrome or a known label too, or when it is the first or last block of the page: "Comments" above
 *     "No comments yet", "Contact us" above "Email updates". Alone in the middle of a page it is a heading.
 *     A label takes the kind of the chrome block before it, so "Email" under "Share this:" is {@code social}
 *     and under "Your email address will not be published" is {@code comments};</li>
 * <li>a run of {@value #MIN_LINK_RUN} or more consecutive short blocks that are link-like or known labels is a
 *     link list when at least half of them are known labels; its link-like blocks ("Pay a bill", "For
 *     residents") are navigation too. Runs of short headings or list items without known labels, such as
 *     "GED assistance and vocational rehab / Expungement clinics for prostitution records / Child custody legal
 *     aid", stay content.</li>
 * </ol>
 */
final class ChromeLayout {
    static final int MIN_LINK_RUN = 3;

    private ChromeLayout() {
    }

    /** The chrome kind of each block, or null for content; same order and size as {@code verdicts}. */
    static ChromeKind[] resolve(List<Verdict> verdicts) {
        int n = verdicts.size();
        ChromeKind[] kinds = new ChromeKind[n];
        for (int i = 0; i < n; i++) {
            Verdict v = verdicts.get(i);
            if (v.strength() == Strength.CHROME) {
                kinds[i] = v.kind();
            } else if (v.strength() == Strength.LABEL
                    && (i == 0 || i == n - 1 || verdicts.get(i - 1).isKnown() || verdicts.get(i + 1).isKnown())) {
                // a label continues the group it stands in: "Email" after "Share this: / Facebook" is a share link
                kinds[i] = i > 0 && kinds[i - 1] != null ? kinds[i - 1] : v.kind();
            }
        }
        int i = 0;
        while (i < n) {
            if (!inLinkRun(verdicts.get(i))) {
                i++;
                continue;
            }
            int end = i;
            int known = 0;
            while (end < n && inLinkRun(verdicts.get(end))) {
                if (verdicts.get(end).isKnown()) {
                    known++;
                }
                end++;
            }
            int length = end - i;
            if (length >= MIN_LINK_RUN && 2 * known >= length) {
                for (int j = i; j < end; j++) {
                    if (kinds[j] == null) {
                        kinds[j] = ChromeKind.NAVIGATION;
                    }
                }
            }
            i = end;
        }
        return kinds;
    }

    /** Link lists are made of labels and navigation links, not of comment notices, logos or cookie banners. */
    private static boolean inLinkRun(Verdict v) {
        return v.strength() == Strength.LINK_LIKE || v.strength() == Strength.LABEL
                || v.strength() == Strength.CHROME && v.kind() == ChromeKind.NAVIGATION;
    }
}
