package org.vesnik.core.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a language-data file shipped beside a class: UTF-8, one entry a line, {@code #} starts a
 * comment line, blank lines are ignored, columns are separated by tabs. Every file must open
 * with a comment saying what it holds.
 */
public final class ResourceFile {

    /** One data line with its columns and its line number, for error messages. */
    public record Row(int lineNumber, List<String> columns) {

        public String column(int i) {
            return columns.get(i);
        }

        public String first() {
            return columns.get(0);
        }
    }

    /** The names of the files read so far, so a test can check that every data file has a loader that reads it. */
    private static final Set<String> READ = ConcurrentHashMap.newKeySet();

    private final String name;
    private final List<Row> rows;

    private ResourceFile(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** Loads {@code fileName} from the package of {@code anchor}. */
    public static ResourceFile load(Class<?> anchor, String fileName) {
        String name = anchor.getPackageName().replace('.', '/') + "/" + fileName;
        try (InputStream in = anchor.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            ResourceFile file = parse(name, in);
            READ.add(name);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    static ResourceFile parse(String name, InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean sawHeader = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1) {
                    sawHeader = line.startsWith("#");
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(number, List.of(line.split("\t", -1)).stream().map(String::strip).toList()));
            }
            if (!sawHeader) {
                throw new IllegalStateException(name + ": must start with a '#' comment saying what it holds");
            }
        }
        return new ResourceFile(name, List.copyOf(rows));
    }

    /** The files read so far (package paths: {@code org/vesnik/core/ner/people.tsv}). */
    static Set<String> readSoFar() {
        return Set.copyOf(READ);
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** An error about one line of this file, for data that does not parse. */
    public IllegalStateException error(Row row, String reason) {
        return new IllegalStateException(name + ":" + row.lineNumber() + ": " + reason);
    }
}
