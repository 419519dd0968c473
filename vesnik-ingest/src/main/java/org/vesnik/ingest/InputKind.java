package org.vesnik.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The kinds of file vesnik reads, told apart by the file name's ending. */
enum InputKind {
    /** One article a file: {@code .txt}. */
    TEXT(".txt"),
    /** One JSON object a line: {@code .jsonl}, {@code .ndjson}, gzipped or not. */
    JSONL(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
    /** One web page a file. */
    HTML(".html", ".htm", ".xhtml"),
    /** Web archives: {@code .warc}, {@code .warc.gz}. */
    WARC(".warc", ".warc.gz"),
    /** RSS, Atom or a sitemap, told apart by the document's first element. */
    XML(".xml", ".rss", ".atom", ".xml.gz"),
    /** Anything else. */
    UNSUPPORTED;

    private final List<String> endings;

    InputKind(String... endings) {
        this.endings = List.of(endings);
    }

    static InputKind of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (InputKind kind : values()) {
            for (String ending : kind.endings) {
                if (lower.endsWith(ending)) {
                    return kind;
                }
            }
        }
        return UNSUPPORTED;
    }

    static boolean gzipped(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The endings, for a message that says what would have been read. */
    static String known() {
        StringBuilder sb = new StringBuilder();
        for (InputKind kind : values()) {
            for (String ending : kind.endings) {
                sb.append(sb.length() == 0 ? "" : " ").append(ending);
            }
        }
        return sb.toString();
    }
}
