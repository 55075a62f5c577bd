package org.factdesk.support.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A ClaimBuster sentence and whether it is check-worthy: {@code Verdict} 1 (a check-worthy factual sentence) is
 * positive; 0 (unimportant factual) and -1 (non-factual) are negative. Only the text is kept, because the
 * detector only ever sees text.
 */
public record LabeledSentence(String text, boolean checkWorthy) {
    /** Reads a ClaimBuster CSV ({@code crowdsourced.csv} or {@code groundtruth.csv}), in file order. */
    public static List<LabeledSentence> readClaimBusterCsv(Path csv) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvReader reader = new CsvReader(in);
            List<String> header = reader.readRecord();
            if (header == null) {
                throw new IOException(csv + " is empty");
            }
            int textColumn = column(header, "Text", csv);
            int verdictColumn = column(header, "Verdict", csv);
            List<LabeledSentence> sentences = new ArrayList<>();
            for (List<String> row = reader.readRecord(); row != null; row = reader.readRecord()) {
                if (row.size() != header.size()) {
                    throw new IOException(csv + ": record " + (sentences.size() + 1) + " has " + row.size()
                            + " fields, the header " + header.size());
                }
                sentences.add(new LabeledSentence(row.get(textColumn), row.get(verdictColumn).trim().equals("1")));
            }
            return sentences;
        }
    }

    private static int column(List<String> header, String name, Path csv) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException(csv + " has no column " + name + ": " + header);
        }
        return i;
    }
}
