package org.factdesk.review.journal.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.factdesk.api.review.Decision;
import org.factdesk.api.review.StaleDecisionException;

/**
 * The journal on disk: one JSON record per line, each with a checksum, appended and forced to disk before an
 * append returns. Appends are serialized within the JVM (this object's lock) and across processes (an exclusive
 * lock on {@code journal.lock}); before appending, records other processes added are read in, so the version
 * check sees them.
 *
 * <p>On open, a torn last line (a crash mid-append: no newline, bad JSON or a checksum mismatch) is cut off;
 * nothing before it is touched. A damaged line anywhere else is an error that names the line: the journal is
 * the truth and is never repaired by guessing.
 */
final class JournalFile implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final List<Decision> decisions = new ArrayList<>();
    private long readUpTo;
    private int truncatedBytes;

    private JournalFile(Path file) {
        this.file = file;
        this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
    }

    static JournalFile open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JournalFile j = new JournalFile(file.toAbsolutePath().normalize());
        j.locked(() -> {
            j.catchUp(true);
            return null;
        });
        return j;
    }

    /** Work done under the journal's lock. */
    @FunctionalInterface
    private interface LockedWork<T, E extends Exception> {
        T run() throws IOException, E;
    }

    /**
     * Runs {@code work} holding the lock: a JVM-wide lock per journal (file locks belong to the whole JVM, so two
     * handles in one process must not both ask for one) and then the file lock that excludes other processes.
     */
    private <T, E extends Exception> T locked(LockedWork<T, E> work) throws IOException, E {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.lock()) {
            return work.run();
        } finally {
            jvmLock.unlock();
        }
    }

    /** Bytes cut off as a torn last line when the journal was opened (0 when it was clean). */
    int truncatedBytes() {
        return truncatedBytes;
    }

    /** The journal's bytes up to its last complete record, read under the lock: a consistent copy for a backup. */
    synchronized byte[] snapshotBytes() throws IOException {
        return locked(() -> {
            catchUp(false);
            if (!Files.exists(file)) {
                return new byte[0];
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer buf = ByteBuffer.allocate((int) Math.min(readUpTo, Integer.MAX_VALUE - 8));
                while (buf.hasRemaining() && ch.read(buf) > 0) {
                    // read up to the last complete record
                }
                return buf.array();
            }
        });
    }

    synchronized List<Decision> decisions() throws IOException {
        return locked(() -> {
            catchUp(false);
            return Collections.unmodifiableList(new ArrayList<>(decisions));
        });
    }

    /**
     * Appends a decision after a check that runs under the lock on everything recorded so far.
     *
     * @param check sees all decisions (including other processes') and returns the decision to store, without
     *              its sequence; it throws to refuse
     */
    synchronized Decision append(CheckedFunction check) throws IOException, StaleDecisionException,
            org.factdesk.api.review.IllegalTransitionException {
        return lockedAppend(check);
    }

    private Decision lockedAppend(CheckedFunction check) throws IOException, StaleDecisionException,
            org.factdesk.api.review.IllegalTransitionException {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.lock()) {
            catchUp(false);
            Decision d = check.apply(Collections.unmodifiableList(decisions));
            Decision stored = d.withSequence(decisions.isEmpty() ? 1 : decisions.get(decisions.size() - 1).sequence() + 1);
            byte[] line = (JournalRecord.toLine(stored) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
                readUpTo = ch.size();
            }
            decisions.add(stored);
            return stored;
        } finally {
            jvmLock.unlock();
        }
    }

    /** The check run under the journal lock before an append. */
    @FunctionalInterface
    interface CheckedFunction {
        Decision apply(List<Decision> recorded) throws StaleDecisionException,
                org.factdesk.api.review.IllegalTransitionException;
    }

    /** Reads records appended since the last read; with {@code repair}, cuts a torn last line. */
    private void catchUp(boolean repair) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        long size = Files.size(file);
        if (size <= readUpTo) {
            return;
        }
        byte[] tail;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size - readUpTo));
            ch.position(readUpTo);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read all
            }
            tail = buf.array();
        }
        int lineStart = 0;
        int lineNumber = decisions.size();
        for (int i = 0; i < tail.length; i++) {
            if (tail[i] != '\n') {
                continue;
            }
            lineNumber++;
            String line = new String(tail, lineStart, i - lineStart, StandardCharsets.UTF_8);
            Decision d;
            try {
                d = JournalRecord.fromLine(line);
            } catch (IOException e) {
                if (repair && isLastLine(tail, i)) {
                    cut(readUpTo + lineStart, tail.length - lineStart);
                    return;
                }
                throw new IOException("journal " + file + " line " + lineNumber + " is damaged (" + e.getMessage()
                        + "); it is left as it is: restore it from a backup", e);
            }
            decisions.add(d);
            lineStart = i + 1;
        }
        if (lineStart < tail.length) {
            if (!repair) {
                return; // another process is mid-append; read it next time
            }
            cut(readUpTo + lineStart, tail.length - lineStart); // a crash mid-append: no newline
            return;
        }
        readUpTo += tail.length;
    }

    private static boolean isLastLine(byte[] tail, int newlineAt) {
        for (int j = newlineAt + 1; j < tail.length; j++) {
            if (tail[j] != '\n' && tail[j] != '\r' && tail[j] != ' ') {
                return false;
            }
        }
        return true;
    }

    private void cut(long at, int bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(at);
            ch.force(true);
        }
        truncatedBytes = bytes;
        readUpTo = at;
    }

    @Override
    public void close() {
        // nothing held open between calls
    }
}
