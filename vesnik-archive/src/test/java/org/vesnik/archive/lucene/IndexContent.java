package org.vesnik.archive.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** What an archive holds, to compare two: every stored value of every live document, a line a document, sorted. */
final class IndexContent {

    private IndexContent() {
    }

    static List<String> of(Path archive) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Directory directory = FSDirectory.open(archive); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (Document doc : documents(reader)) {
                StringBuilder line = new StringBuilder();
                for (IndexableField field : doc.getFields()) {
                    line.append(field.name()).append('=');
                    line.append(field.binaryValue() != null ? field.binaryValue().utf8ToString() : field.stringValue()).append('\t');
                }
                lines.add(line.toString());
            }
        }
        Collections.sort(lines);
        return lines;
    }

    static List<Document> documents(DirectoryReader reader) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    docs.add(leaf.reader().storedFields().document(i));
                }
            }
        }
        return docs;
    }
}
