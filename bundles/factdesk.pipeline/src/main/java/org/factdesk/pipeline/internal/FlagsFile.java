package org.factdesk.pipeline.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factdesk.api.detect.Flag;
import org.factdesk.support.json.FlagLines;

/**
 * Writes {@code flags.jsonl} in {@link Flag#DOCUMENT_ORDER}: the flags that went through the corpus stages,
 * merged document by document with those the spool kept on disk. Only one document's spooled flags are in memory
 * at a time, and their lines are copied as they were serialized, not turned into JSON again.
 */
final class FlagsFile {
    private FlagsFile() {
    }

    /**
     * Writes the file under a temporary name and renames it, so a reader never sees half of it.
     *
     * @param outcomes every document's outcome, in any order
     * @param staged   the flags the corpus stages returned, sorted in {@link Flag#DOCUMENT_ORDER}
     * @return how many flags of each type were written
     */
    static Map<String, Integer> writeAtomically(Path target, List<DocumentProcessor.Outcome> outcomes, FlagSpool spool,
                                                List<Flag> staged) throws IOException {
        List<DocumentProcessor.Outcome> byDocument = new ArrayList<>(outcomes);
        byDocument.sort(Comparator.comparing(o -> o.file().relative()));
        Map<String, Integer> byType = new TreeMap<>();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            int next = 0; // the first staged flag not yet written
            for (DocumentProcessor.Outcome o : byDocument) {
                String doc = o.file().relative();
                while (next < staged.size() && staged.get(next).doc().compareTo(doc) < 0) {
                    write(staged.get(next++), out, byType);
                }
                for (FlagSpool.Line line : spool.read(o.spooled())) {
                    while (next < staged.size() && staged.get(next).doc().equals(doc) && line.compareTo(staged.get(next)) > 0) {
                        write(staged.get(next++), out, byType);
                    }
                    out.write(line.utf8());
                    byType.merge(line.type(), 1, Integer::sum);
                }
            }
            while (next < staged.size()) {
                write(staged.get(next++), out, byType);
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return byType;
    }

    private static void write(Flag f, OutputStream out, Map<String, Integer> byType) throws IOException {
        out.write(FlagLines.toLine(f).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        byType.merge(f.type(), 1, Integer::sum);
    }
}
