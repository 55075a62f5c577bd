package org.factdesk.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.factdesk.api.pipeline.ProgressListener;

/** Progress on one terminal line: files done of total and MB/s, redrawn at most five times a second. */
final class TerminalProgress implements ProgressListener {
    private final PrintStream err;
    private final long started = System.nanoTime();
    private volatile long lastDrawn;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void progress(int filesDone, int filesTotal, long bytesDone) {
        long now = System.nanoTime();
        if (filesDone < filesTotal && now - lastDrawn < 200_000_000L) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        synchronized (err) {
            err.printf(Locale.ROOT, "\r\033[K%d/%d files  %.1f MB/s", filesDone, filesTotal, bytesDone / 1e6 / seconds);
            err.flush();
        }
    }
}
