package org.factdesk.pipeline.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.factdesk.api.detect.Flag;

/**
 * The flags of a run that no corpus stage reads, kept on disk from the moment a worker has found them until
 * {@code flags.jsonl} is written. They are most of a corpus's flags (claims), and held in the heap they made it
 * grow with the corpus. Each document's flags are one block, appended by whichever worker finished it, and read
 * back in document order at the end; each flag is a record of its sort key (start, end, type, id) and its line
 * of {@code flags.jsonl}. Appending is thread-safe; blocks are read once every append is done. The file is
 * deleted on {@link #close}.
 */
final class FlagSpool implements Closeable {
    /** Where one document's spooled flags are. */
    record Block(long offset, int length, int count) {
        static final Block EMPTY = new Block(0, 0, 0);
    }

    /** A spooled flag: its place in {@link Flag#DOCUMENT_ORDER} within its document, and its line. */
    record Line(int start, int end, String type, String id, byte[] utf8) {
        /** Compared with a flag of the same document, in {@link Flag#DOCUMENT_ORDER}. */
        int compareTo(Flag f) {
            int c = Integer.compare(start, f.start());
            if (c == 0) {
                c = Integer.compare(end, f.end());
            }
            if (c == 0) {
                c = type.compareTo(f.type());
            }
            return c != 0 ? c : id.compareTo(f.id());
        }
    }

    private static final String PREFIX = "flags-";
    private static final String SUFFIX = ".spool";

    private final Path file;
    private final FileChannel channel;
    private long size;

    FlagSpool(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /**
     * Spools the flags of one document that {@code spooled} accepts, in their order.
     *
     * @return where they are, for {@link #read}
     */
    Block append(DocumentFlags flags, Predicate<Flag> spooled) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int count = 0;
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (int i = 0; i < flags.size(); i++) {
                Flag f = flags.flags().get(i);
                if (!spooled.test(f)) {
                    continue;
                }
                byte[] line = flags.line(i);
                out.writeInt(f.start());
                out.writeInt(f.end());
                out.writeUTF(f.type());
                out.writeUTF(f.id());
                out.writeInt(line.length);
                out.write(line);
                count++;
            }
        }
        if (count == 0) {
            return Block.EMPTY;
        }
        byte[] block = bytes.toByteArray();
        long offset;
        synchronized (this) {
            offset = size;
            size += block.length;
        }
        ByteBuffer buffer = ByteBuffer.wrap(block);
        long at = offset;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at); // positional: workers write their own ranges side by side
        }
        return new Block(offset, block.length, count);
    }

    /** The flags of a block, in the order they were spooled. */
    List<Line> read(Block block) throws IOException {
        List<Line> lines = new ArrayList<>(block.count());
        if (block.count() == 0) {
            return lines;
        }
        ByteBuffer buffer = ByteBuffer.allocate(block.length());
        long at = block.offset();
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException(file + ": the spool of flags ends early (at " + at + " of a block up to "
                        + (block.offset() + block.length()) + ")");
            }
            at += n;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(buffer.array()))) {
            for (int i = 0; i < block.count(); i++) {
                int start = in.readInt();
                int end = in.readInt();
                String type = in.readUTF();
                String id = in.readUTF();
                byte[] line = new byte[in.readInt()];
                in.readFully(line);
                lines.add(new Line(start, end, type, id, line));
            }
        }
        return lines;
    }

    /**
     * Deletes the spools other runs left in {@code folder} when they crashed. Call it only while holding the
     * workspace (its index's write lock), so that no other run's spool is in use.
     */
    void deleteOthersIn(Path folder) throws IOException {
        try (var files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path other : files) {
                if (!other.equals(file)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    /** A new spool in {@code folder}, under a name no other run uses. */
    static FlagSpool createIn(Path folder) throws IOException {
        return new FlagSpool(Files.createTempFile(folder, PREFIX, SUFFIX));
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
