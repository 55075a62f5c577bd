package org.factdesk.api.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import org.factdesk.api.detect.Flag;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A step of the main job that runs on the whole corpus once every document was analysed: verification
 * (conflicts across documents and against the registry), then the review status from the journal. Register an
 * implementation as an OSGi service with the property {@link #ORDER}; stages run in ascending order, each on the
 * flags the one before returned, so data flows one way.
 */
@ConsumerType
public interface CorpusStage {
    /** Service property: an integer; verification runs at 100, review status at 200. */
    String ORDER = "factdesk.stage.order";

    /**
     * Service property: the flag types the stage reads (a string or an array of strings). A stage that names them
     * gets only the flags of those types, and whatever it returns takes their place; the flags of every other type
     * pass it by unchanged. A corpus has a hundred thousand flags, most of them claims that no stage reads: only
     * the flags some stage reads are held in memory until the stages have run, the rest stay on disk. Without this
     * property the stage gets every flag.
     */
    String TYPES = "factdesk.stage.types";

    /**
     * The documents whose flags the stage reads in this run, asked once before the run's documents are processed:
     * the flags of other documents pass it by unchanged, like those of types it does not read, and need not be
     * held in memory. The review stage reads only the documents its journal has decisions on. By default, every
     * document.
     *
     * @throws IOException when what decides it (a journal, say) cannot be read; the run fails
     */
    default Predicate<String> documents(RunRequest request) throws IOException {
        return doc -> true;
    }

    /** @return the flags to pass on: the input, possibly with flags added or statuses changed, in stable order */
    List<Flag> process(CorpusView corpus) throws IOException;
}
