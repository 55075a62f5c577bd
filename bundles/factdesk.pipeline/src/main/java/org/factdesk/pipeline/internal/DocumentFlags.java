package org.factdesk.pipeline.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.factdesk.api.detect.Flag;
import org.factdesk.support.json.FlagLines;

/**
 * One document's flags in {@link Flag#DOCUMENT_ORDER}, each serialized once as its line of {@code flags.jsonl}
 * (UTF-8, ending with a line feed): the same bytes go into the document cache and, through the {@link FlagSpool},
 * into {@code flags.jsonl}, so a flag is turned into JSON once per run, on the worker that found it.
 */
final class DocumentFlags {
    private final List<Flag> flags;
    private final byte[] lines;
    /** {@code ends[i]}: where line {@code i} ends, after its line feed; line {@code i} starts at {@code ends[i - 1]}. */
    private final int[] ends;

    private DocumentFlags(List<Flag> flags, byte[] lines, int[] ends) {
        this.flags = flags;
        this.lines = lines;
        this.ends = ends;
    }

    static DocumentFlags of(List<Flag> flags) {
        List<Flag> sorted = new ArrayList<>(flags);
        sorted.sort(Flag.DOCUMENT_ORDER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * sorted.size() + 16);
        int[] ends = new int[sorted.size()];
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < sorted.size(); i++) {
                FlagLines.write(sorted.get(i), w);
                w.write('\n');
                w.flush(); // into the byte array, so that its size is where this line ends
                ends[i] = bytes.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a flag could not be written as JSON", e); // a byte array does not fail
        }
        return new DocumentFlags(List.copyOf(sorted), bytes.toByteArray(), ends);
    }

    List<Flag> flags() {
        return flags;
    }

    int size() {
        return flags.size();
    }

    /** Every line, in order: the flags part of a cache entry. */
    byte[] lines() {
        return lines;
    }

    /** The line of flag {@code i}, line feed included. */
    byte[] line(int i) {
        return Arrays.copyOfRange(lines, i == 0 ? 0 : ends[i - 1], ends[i]);
    }
}
