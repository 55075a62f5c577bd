package org.factdesk.api.pipeline;

/** Told as files are done, so a terminal can show progress. Called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, bytes) -> { };

    /**
     * @param filesDone  files finished so far (processed, unchanged or failed)
     * @param filesTotal files in the corpus
     * @param bytesDone  bytes of the finished files
     */
    void progress(int filesDone, int filesTotal, long bytesDone);
}
