package org.vesnik.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A query for a lemma, another inflected form or a Latin spelling finds the document. */
class RetrievalTest {

    private static final String[] DOCUMENTS = {
        "Војниците се вратија во касарната по вежбата.",
        "Русија и Кина потпишаа нов договор за гас.",
        "Путин се сретна со Ким Џонг Ун во Пекинг.",
        "Агенцијата КЦНА.Ким објави дека војната е завршена.",
    };

    private static final MacedonianAnalyzer ANALYZER = new MacedonianAnalyzer();
    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (int i = 0; i < DOCUMENTS.length; i++) {
                Document doc = new Document();
                doc.add(new StoredField("id", i));
                doc.add(new TextField("body", DOCUMENTS[i], Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static List<Integer> search(String query) throws IOException, ParseException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<Integer> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new QueryParser("body", ANALYZER).parse(query), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).getField("id").numericValue().intValue());
        }
        return ids;
    }

    @ParameterizedTest
    @CsvSource({
        "војник, 0", "војници, 0", "војниците, 0", "Русија, 1", "Кина, 1", "договорот, 1",
        "Putin, 2", "путин, 2", "Dzhong, 2", "KCNA, 3", "кцна, 3", "војна, 3",
    })
    void findsTheDocument(String query, int id) throws IOException, ParseException {
        assertThat(search(query)).containsExactly(id);
    }
}
