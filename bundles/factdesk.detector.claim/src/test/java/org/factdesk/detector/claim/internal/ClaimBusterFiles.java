package org.factdesk.detector.claim.internal;

import org.factdesk.support.eval.LabeledSentence;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the ClaimBuster dataset for tests: the first {@code shared/datasets/claimbuster} folder in the working
 * directory or above it (the repository and {@code shared/} are siblings, here and in CI). Tests that need the
 * data are skipped, with the reason, when there is none.
 */
final class ClaimBusterFiles {
    private static final Path RELATIVE = Path.of("shared", "datasets", "claimbuster");

    private ClaimBusterFiles() {
    }

    static List<LabeledSentence> training() throws IOException {
        return LabeledSentence.readClaimBusterCsv(require("crowdsourced.csv"));
    }

    static List<LabeledSentence> test() throws IOException {
        return LabeledSentence.readClaimBusterCsv(require("groundtruth.csv"));
    }

    private static Path require(String file) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE).resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "ClaimBuster dataset not found: no " + RELATIVE.resolve(file) + " in " + start
                + " or any folder above it, so this test is skipped");
        throw new AssertionError("unreachable");
    }
}
