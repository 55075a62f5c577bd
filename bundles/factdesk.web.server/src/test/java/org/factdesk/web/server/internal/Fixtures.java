package org.factdesk.web.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.document.Span;
import org.factdesk.api.evidence.EvidenceSource;
import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexService;
import org.factdesk.api.index.IndexedDocument;
import org.factdesk.api.index.SearchHit;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;

/**
 * A workspace for the handler tests: a corpus folder with one text document, the fake review service, an index
 * that answers with the hits a test sets, a text parser and the evidence sources a test adds.
 */
final class Fixtures {
    static final String DOC = "seed/a.txt";
    static final String TEXT = "Help line\n\nCall 888-373-7888 now. <img src=x onerror=alert(1)> Text HELP to 233733.";
    static final Principal EDITOR = new Principal("ana", Role.EDITOR);
    static final Principal VIEWER = new Principal("vic", Role.VIEWER);
    static final Principal MAINTAINER = new Principal("max", Role.MAINTAINER);

    final Path workspace;
    final Path corpus;
    final FakeReviewService review = new FakeReviewService();
    final List<SearchHit> hits = new ArrayList<>();
    final List<EvidenceSource> evidence = new ArrayList<>();
    final ViewRegistry views = new ViewRegistry();
    final ParserSet parsers = new ParserSet();
    int indexOpened;
    String lastQuery;
    final Backend backend;

    Fixtures(Path root) throws IOException {
        workspace = Files.createDirectories(root.resolve("ws"));
        corpus = Files.createDirectories(root.resolve("corpus"));
        Files.createDirectories(workspace.resolve("index"));
        Files.writeString(workspace.resolve("corpus.path"), corpus.toString());
        Files.createDirectories(corpus.resolve("seed"));
        Files.writeString(corpus.resolve(DOC), TEXT, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("manifest.json"), """
                {"documents": [{"path": "seed/a.txt", "title": "Help line", "publisher": "City", "kind": "primary"}]}
                """);
        review.flags.add(FakeReviewService.flag("fd-phone", DOC, "phone", 16, "888-373-7888", 0.95));
        review.flags.add(FakeReviewService.flag("fd-sms", DOC, "phone", 76, "233733", 0.9));
        review.flags.add(FakeReviewService.flag("fd-claim", DOC, "claim", 11, "Call 888-373-7888 now.", 0.5));
        parsers.add((DocumentParser) (name, content) -> {
            String t = new String(content, StandardCharsets.UTF_8);
            return new ExtractedText(t, "Help line", List.of(), "UTF-8");
        }, Map.of(DocumentParser.EXTENSIONS, new String[] {"txt"}));
        IndexService index = directory -> new DocumentIndex() {
            @Override
            public void put(IndexedDocument document) {
            }

            @Override
            public void remove(String path) {
            }

            @Override
            public Set<String> paths() {
                return new TreeSet<>(Set.of(DOC));
            }

            @Override
            public void commit() {
            }

            @Override
            public List<SearchHit> search(String query, int limit) {
                lastQuery = query;
                if (query.contains("((")) {
                    throw new IllegalArgumentException("cannot parse '" + query + "'");
                }
                return hits.stream().limit(limit).toList();
            }

            @Override
            public void close() {
            }
        };
        backend = new Backend(() -> review, new IndexAccess(() -> {
            indexOpened++;
            return index;
        }), () -> List.copyOf(evidence), new DocumentTexts(parsers), views, new WebSettings(workspace, LocalDate.parse("2026-11-23")));
    }

    static SearchHit hit(int start, int end, List<Span> highlights) {
        return new SearchHit(DOC, new Span(start, end), TEXT.substring(start, end), highlights, 1.5f);
    }

    static ApiRequest get(Principal user, String path, Map<String, List<String>> query) {
        return new ApiRequest("GET", ApiServlet.segments(path), query, "", user);
    }

    static ApiRequest post(Principal user, String path, String body) {
        return new ApiRequest("POST", ApiServlet.segments(path), Map.of(), body, user);
    }
}
