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
import org.junit.jupiter.api.Test;
import org.vesnik.core.pipeline.Pipeline;

/** Entity F1 (exact span and type) on news sentences the team wrote and marked up ({@code team-news-entities.txt}). */
class TeamNewsEntitiesTest {

    private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)\\|(PER|ORG|LOC)]]");

    @Test
    void entityF1OnTheTeamsNewsSentences() throws IOException {
        Pipeline pipeline = Pipeline.builder().build();
        int gold = 0;
        int found = 0;
        int right = 0;
        for (String line : lines()) {
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
            for (EntityMention mention : pipeline.process(text.toString()).get(EntityRecognizer.ENTITIES).mentions()) {
                system.add(mention.start() + ":" + mention.end() + ":" + mention.type());
            }
            gold += expected.size();
            found += system.size();
            system.retainAll(expected);
            right += system.size();
        }
        double precision = 100.0 * right / found;
        double recall = 100.0 * right / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("NER team news: P %.1f R %.1f F1 %.1f (%d gold, %d found, %d right)%n",
                precision, recall, f1, gold, found, right);
        assertThat(f1).isGreaterThanOrEqualTo(85.0);
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = TeamNewsEntitiesTest.class.getResourceAsStream("team-news-entities.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
