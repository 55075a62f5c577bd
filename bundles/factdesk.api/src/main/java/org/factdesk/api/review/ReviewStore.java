package org.factdesk.api.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The store of review decisions of one workspace. Decisions are only ever appended; the store is the truth from
 * which every flag's status is derived.
 */
@ProviderType
public interface ReviewStore {
    /** Opens the journal in {@code workspace}, creating it if needed. */
    Journal open(Path workspace) throws IOException;

    /** An open journal. Thread-safe; appends are serialized and durable when the call returns. */
    interface Journal extends AutoCloseable {
        /**
         * Appends a decision and makes it durable.
         *
         * @param expectedSequence the sequence of the latest decision on this flag the caller saw, 0 for none
         * @return the decision as stored, with its sequence number
         * @throws StaleDecisionException when another decision on the flag was recorded since
         */
        Decision append(Decision decision, long expectedSequence) throws IOException, StaleDecisionException;

        /** Every decision, in journal order. */
        List<Decision> all() throws IOException;

        @Override
        void close() throws IOException;
    }
}
