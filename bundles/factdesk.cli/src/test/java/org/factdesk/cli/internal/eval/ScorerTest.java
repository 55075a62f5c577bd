package org.factdesk.cli.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.Flag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
    @TempDir
    Path dir;

    private static Flag flag(String doc, String type, int start, String text, String normalized) {
        return new Flag("id-" + start, doc, type, start, start + text.length(), text, normalized, "", "open", 0.5, Map.of());
    }

    @Test
    void precisionRecallAndNormalizationPerType() throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"doc\":\"d.txt\",\"covers\":[\"phone\",\"statistic\"]}",
                "{\"doc\":\"d.txt\",\"type\":\"phone\",\"text\":\"888-373-7888\",\"normalized\":\"+18883737888\"}",
                "{\"doc\":\"d.txt\",\"type\":\"phone\",\"text\":\"911\",\"normalized\":\"911\"}",
                "{\"doc\":\"d.txt\",\"type\":\"statistic\",\"text\":\"68%\",\"normalized\":\"68 percent\"}",
                "{\"doc\":\"other.txt\",\"covers\":[\"phone\"]}"));
        Annotations annotations = Annotations.read(file);
        List<Flag> flags = List.of(
                flag("d.txt", "phone", 10, "(888-373-7888", "+18883737888"),
                flag("d.txt", "phone", 40, "2024", "2024"),
                flag("d.txt", "statistic", 60, "68%", "68 pct"),
                flag("d.txt", "citation", 80, "§ 1", "x"),          // type not covered: not counted
                flag("uncovered.txt", "phone", 5, "311", "311"));  // document not covered: not counted
        Scorer s = Scorer.score(annotations, flags);
        Scorer.Score phone = s.scores().get("phone");
        assertEquals(2, phone.expected());
        assertEquals(2, phone.predicted());
        assertEquals(1, phone.matched());
        assertEquals(0.5, phone.precision());
        assertEquals(0.5, phone.recall());
        assertEquals("1/1", phone.normalizedRight() + "/" + phone.normalizedChecked());
        Scorer.Score stat = s.scores().get("statistic");
        assertEquals(1.0, stat.f1());
        assertEquals(0, stat.normalizedRight());
        assertEquals(List.of("911"), s.misses().falseNegatives().stream().map(Annotations.Expected::text).toList());
        assertEquals(List.of("2024"), s.misses().falsePositives().stream().map(Flag::text).toList());
        assertTrue(s.scores().keySet().containsAll(List.of("phone", "statistic")));
    }

    @Test
    void aBadLineIsNamed() throws Exception {
        Path file = dir.resolve("b.jsonl");
        Files.writeString(file, "{\"doc\":\"d.txt\",\"type\":\"phone\"}\n");
        IOException e = assertThrows(IOException.class, () -> Annotations.read(file));
        assertEquals(file + " line 1: a flag line needs 'type' and 'text'", e.getMessage());
    }
}
