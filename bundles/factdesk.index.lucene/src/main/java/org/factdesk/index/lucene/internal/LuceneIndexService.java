package org.factdesk.index.lucene.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexService;
import org.osgi.service.component.annotations.Component;

/** The index service: one Lucene index per workspace folder. */
@Component(property = "factdesk.index.engine=lucene")
public final class LuceneIndexService implements IndexService {
    @Override
    public DocumentIndex open(Path directory) throws IOException {
        return LuceneDocumentIndex.open(directory);
    }
}
