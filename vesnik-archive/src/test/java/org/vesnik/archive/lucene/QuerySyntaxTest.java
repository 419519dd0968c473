package org.vesnik.archive.lucene;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded random queries made of the query syntax's pieces: each is answered or refused in one line. */
class QuerySyntaxTest {

    private static final List<String> PIECES = List.of("(", ")", "\"", "*", "?", "~", "~2", "^3", ":", "/", "[", "]", "{", "}",
            " TO ", " AND ", " OR ", " NOT ", "+", "-", "\\", "!", "&&", "||", "title:", "entity:", "speaker:", "source:",
            "per:", "body:", "kind:", "date:", "Путин", "Putin", "војник", "патишта", "Ким Џонг Ун", "per:марко-трајковски",
            "2025-09-03", "2.000", " ", " ", "a", "ѓ", "\u00AD", "/.*/", "/[/", "/(a|b)*{1000}/", "*:*");

    @TempDir
    static Path dir;

    private static LuceneArchive archive;

    @BeforeAll
    static void ingest() {
        archive = QueryAnswers.archiveOfTheTestNews(dir);
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    @Test
    void everyQueryIsAnsweredOrRefusedInOneLine() {
        Random random = new Random(20250904);
        for (int i = 0; i < 200; i++) {
            StringBuilder query = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                query.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            QueryAnswers.check(archive, query.toString());
        }
    }

    @Test
    void theSyntaxEdgesAreAnsweredOrRefused() {
        for (String query : List.of("", " ", "*", "?", "*:*", "title:*", "/.*/", "/(a|b|c)*{99}x/", "Путин~", "Путин~0.5",
                "\"Путин Ким\"~3", "[a TO z]", "{a TO z}", "date:[2025 TO 2026]", "entity:", "entity:\"\"", "\\", "\\\\",
                "AND", "OR OR", "NOT", "-", "+", "((((((((((Путин))))))))))", "Путин^", "Путин^-1", "a".repeat(10_000))) {
            QueryAnswers.check(archive, query);
        }
    }
}
