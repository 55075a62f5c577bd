package org.factdesk.index.lucene.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.factdesk.api.document.Span;
import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexedDocument;
import org.factdesk.api.index.SearchHit;

/**
 * One Lucene document per passage ({@code kind=passage}) plus one per source document ({@code kind=doc}), so
 * that a search answers with the passage, and the set of indexed paths is cheap to list. BM25 scoring; searches
 * see committed writes through a {@link SearcherManager}.
 */
final class LuceneDocumentIndex implements DocumentIndex {
    static final String PATH = "path";
    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String START = "start";
    static final String END = "end";

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneDocumentIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    static LuceneDocumentIndex open(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot create the index folder " + folder + ": " + e.getMessage(), e);
        }
        Directory dir = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            return new LuceneDocumentIndex(dir, new IndexWriter(dir, config));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw new IOException("cannot open the index in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(IndexedDocument document) throws IOException {
        List<Document> docs = new ArrayList<>(document.passages().size() + 1);
        Document head = new Document();
        head.add(new StringField(PATH, document.path(), Field.Store.YES));
        head.add(new StringField(KIND, "doc", Field.Store.NO));
        head.add(new TextField(TITLE, document.title(), Field.Store.YES));
        docs.add(head);
        for (Span p : document.passages()) {
            Document d = new Document();
            d.add(new StringField(PATH, document.path(), Field.Store.YES));
            d.add(new StringField(KIND, "passage", Field.Store.NO));
            d.add(new TextField(TEXT, document.text().substring(p.start(), p.end()), Field.Store.YES));
            d.add(new IntField(START, p.start(), Field.Store.YES));
            d.add(new IntField(END, p.end(), Field.Store.YES));
            docs.add(d);
        }
        writer.updateDocuments(new Term(PATH, document.path()), docs);
    }

    @Override
    public void remove(String path) throws IOException {
        writer.deleteDocuments(new Term(PATH, path));
    }

    @Override
    public Set<String> paths() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<String> out = new TreeSet<>();
            TermQuery docs = new TermQuery(new Term(KIND, "doc"));
            int n = Math.max(1, searcher.count(docs));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(docs, n).scoreDocs) {
                out.add(stored.document(sd.doc, Set.of(PATH)).get(PATH));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public List<SearchHit> search(String queryText, int limit) throws IOException {
        Query query = parse(queryText);
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, Math.max(1, limit));
            StoredFields stored = searcher.storedFields();
            Set<String> terms = QueryTerms.of(query, TEXT);
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                String text = d.get(TEXT);
                if (text == null) {
                    continue; // a document head matched a title query: passages answer searches
                }
                Span passage = new Span(d.getField(START).storedValue().getIntValue(),
                        d.getField(END).storedValue().getIntValue());
                hits.add(new SearchHit(d.get(PATH), passage, text, QueryTerms.highlight(analyzer, TEXT, text, terms),
                        sd.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new IllegalArgumentException("empty query: give words to search for");
        }
        QueryParser parser = new QueryParser(TEXT, analyzer);
        try {
            return parser.parse(queryText);
        } catch (ParseException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("cannot parse the query '" + queryText + "': " + first, e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; analyzer) {
            searchers.close();
            writer.commit();
        }
    }
}
