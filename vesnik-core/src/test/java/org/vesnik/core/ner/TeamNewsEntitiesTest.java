package org.vesnik.core.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.pipeline.Pipeline;

/**
 * Entity F1 (exact span and type, PER/ORG/LOC as the guidelines count them) on news sentences the
 * team wrote and marked up. Sets 1 to 3 were read while the rules were written (see each file's
 * header); set 4 was written after them and is not tuned on. Each floor is the set's figure as it
 * stands (the second number) less about one entity's worth, so that losing one fails the build.
 */
class TeamNewsEntitiesTest {

    private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)\\|(PER|ORG|LOC)]]");

    @ParameterizedTest
    @CsvSource({
        "team-news-entities.txt, 95",   // F1 96.2 as it stands; tuned on
        "team-news-entities-2.txt, 92.5", // F1 93.5 as it stands; written first, then the rules were written knowing it
        "team-news-entities-3.txt, 89.5", // F1 90.8 as it stands; unseen when written (82.4), then read
        "team-news-entities-4.txt, 93.5", // F1 94.9 as it stands; unseen by the rules: 89.8 when written
        "team-news-entities-5.txt, 90.5", // F1 91.8 as it stands; unseen when written (82.9), then read
        "team-news-entities-6.txt, 98", // F1 99.0 as it stands; unseen when written (89.8; 90.7 with the festival unmarked), then read
        "team-news-entities-7.txt, 99", // F1 100 as it stands; unseen when written (91.6), then read
        "team-news-entities-8.txt, 90.5", // F1 91.5 as it stands; unseen, the rules as submitted: 91.5, not read for fixes
    })
    void entityF1OnTheTeamsNewsSentences(String file, double floor) throws IOException {
        Pipeline pipeline = Pipeline.builder().build();
        int gold = 0;
        int found = 0;
        int right = 0;
        for (String line : lines(file)) {
            StringBuilder text = new StringBuilder();
            Set<String> expected = new HashSet<>();
            Matcher m = MARK.matcher(line);
            int last = 0;
            while (m.find()) {
                text.append(line, last, m.start());
                int start = text.length();
                text.append(m.group(1));
                expected.add(start + ":" + text.length() + ":" + m.group(2));
                last = m.end();
            }
            text.append(line.substring(last));
            Set<String> system = new HashSet<>();
            for (EntityMention mention : pipeline.process(text.toString()).get(NamedEntities.LAYER).mentions()) {
                if (mention.type() != EntityType.MISC) {
                    system.add(mention.start() + ":" + mention.end() + ":" + mention.type());
                }
            }
            gold += expected.size();
            found += system.size();
            system.retainAll(expected);
            right += system.size();
        }
        double precision = 100.0 * right / found;
        double recall = 100.0 * right / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("NER %s: P %.1f R %.1f F1 %.1f (%d gold, %d found, %d right)%n",
                file, precision, recall, f1, gold, found, right);
        assertThat(f1).isGreaterThanOrEqualTo(floor);
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = TeamNewsEntitiesTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
