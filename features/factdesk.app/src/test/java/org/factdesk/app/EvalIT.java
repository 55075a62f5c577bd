package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code factdesk eval} on every annotated fixture set, through the built application: the phone, statistic and
 * citation detectors keep the quality the README reports: every set, the final held-out one (heldout2) included,
 * reaches the targets of precision 0.90 and recall 0.95.
 */
class EvalIT {
    /** One row of the eval table: "statistic  125  129  122  0.946  0.976  0.961  101/108". */
    private static final Pattern ROW = Pattern.compile(
            "(?m)^(phone|statistic|citation)\\s+\\d+\\s+\\d+\\s+\\d+\\s+([\\d.]+)\\s+([\\d.]+)\\s");

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "seed,     ../../corpus/annotations/seed.jsonl,  0.90, 0.95",
            "dev,      eval/dev/annotations.jsonl,           0.90, 0.95",
            "heldout2, eval/heldout2/annotations.jsonl,      0.90, 0.95",
            "heldout,  eval/heldout/annotations.jsonl,       0.90, 0.95"})
    void meetsTheQualityTargets(String set, String annotations, double minPrecision, double minRecall) throws Exception {
        FactdeskProcess.Result r = FactdeskProcess.run(work, "eval", Path.of(annotations).toAbsolutePath().toString());
        assertEquals(0, r.exitCode(), r.err());
        Map<String, double[]> rows = new HashMap<>();
        Matcher m = ROW.matcher(r.out());
        while (m.find()) {
            rows.put(m.group(1), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
        }
        for (String type : List.of("phone", "statistic", "citation")) {
            double[] pr = rows.get(type);
            assertTrue(pr != null, () -> set + ": no row for " + type + " in\n" + r.out());
            assertTrue(pr[0] >= minPrecision, () -> set + " " + type + " precision " + pr[0] + "\n" + r.out());
            assertTrue(pr[1] >= minRecall, () -> set + " " + type + " recall " + pr[1] + "\n" + r.out());
        }
    }
}
