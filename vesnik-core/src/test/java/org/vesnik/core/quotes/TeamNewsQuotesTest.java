package org.vesnik.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.ner.Entity;
import org.vesnik.core.ner.NamedEntities;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.TextSpan;

/**
 * Speakers of the quotations in news and dialogue sentences the team wrote: the issue's bar is
 * 90 % found with the right speaker, and no title taken for a quotation. Each set was scored
 * once when written, before any rule was changed for it (see each file's header), and then read
 * while the rules were written. Each floor is the set's share as it stands less about one
 * quotation's worth, so that losing one fails the build; they are not the target.
 */
class TeamNewsQuotesTest {

    private static final Set<String> PREPOSITIONS = Set.of("на", "од", "во", "за", "со");

    @ParameterizedTest
    @CsvSource({
        "team-news-quotes.tsv, 99", // 100 % as it stands
        "team-news-quotes-2.tsv, 99", // 100 % as it stands
        "team-news-quotes-3.tsv, 95", // 96.3 % as it stands
        "team-news-quotes-4.tsv, 99", // 100 % as it stands
        "team-news-quotes-5.tsv, 99", // 100 % as it stands
        "team-news-quotes-6.tsv, 94.5", // 95.7 % as it stands; unseen when written: 65.2 %, one title taken for a quotation
        "team-news-quotes-7.tsv, 99", // 100 % as it stands; unseen: 72.2 % when written
        "team-news-quotes-8.tsv, 99", // 100 % as it stands; unseen: 95.2 % when written
        "team-news-quotes-9.tsv, 99", // 100 % as it stands; unseen: 96.3 % when written (88.9 % not counting a head without its на-owner)
        "team-news-quotes-10.tsv, 99", // 100 % as it stands; unseen fiction dialogue: 85.3 % when written
        "team-news-quotes-11.tsv, 99", // 100 % as it stands; unseen, several mark styles: 84.6 % when written
        "team-news-quotes-12.tsv, 99", // 100 % as it stands; unseen wire news: 88.9 % when written
        "team-news-quotes-13.tsv, 99", // 100 % as it stands; unseen Macedonian news: 84.6 % when written
        "team-news-quotes-14.tsv, 99", // 100 % as it stands; unseen paragraphs and dialogue: 68.0 % when written
        "team-news-quotes-15.tsv, 99", // 100 % as it stands; unseen news: 82.6 % when written
        "team-news-quotes-16.tsv, 99", // 100 % as it stands; unseen fiction dialogue: 95.8 % when written
        "team-news-quotes-17.tsv, 99", // 100 % as it stands; unseen news in several mark styles: 85.7 % when written
        "team-news-quotes-18.tsv, 99", // 100 % as it stands; unseen news and dialogue: 93.8 % when written
        "team-news-quotes-19.tsv, 99", // 100 % as it stands; unseen news: 80.0 % when written
        "team-news-quotes-20.tsv, 99", // 100 % as it stands; unseen wire news: 76.5 % when written
        "team-news-quotes-21.tsv, 99", // 100 % as it stands; unseen news and dialogue: 72.2 % when written
        "team-news-quotes-22.tsv, 99", // 100 % as it stands; unseen news and dialogue: 100 % when written
        "team-news-quotes-23.tsv, 99", // 100 % as it stands; unseen news and dialogue: 100 % when written
        "team-news-quotes-24.tsv, 99", // 100 % as it stands; unseen dialogue of a translated novel: 94.1 % when written
        "team-news-quotes-25.tsv, 99", // 100 % as it stands; unseen news: 95.0 % when written
        "team-news-quotes-26.tsv, 99", // 100 % as it stands; unseen fiction dialogue: 82.4 % when written
        "team-news-quotes-27.tsv, 99", // 100 % as it stands; unseen news: 93.3 % when written
        "team-news-quotes-28.tsv, 99", // 100 % as it stands; unseen fiction dialogue: 94.1 % when written
        "team-news-quotes-29.tsv, 84.5", // 85.7 % as it stands; unseen news: 85.7 % when written, not read for fixes
        "team-news-quotes-30.tsv, 93", // 94.1 % as it stands; unseen news, the rules as submitted: 94.1 %, not read for fixes
        "team-news-quotes-31.tsv, 93", // 94.1 % as it stands; unseen dialogue, the rules as submitted: 94.1 %, not read for fixes
    })
    void quotationsHaveTheirSpeakersAndTitlesAreNotQuotations(String file, double floor) throws IOException {
        Pipeline pipeline = Pipeline.builder().build();
        int expected = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        List<String> titlesTaken = new ArrayList<>();
        for (String line : lines(file)) {
            String[] columns = line.split("\t");
            Document doc = pipeline.process(columns[0]);
            List<Quotation> quotations = doc.get(Quotations.LAYER).quotations();
            NamedEntities entities = doc.get(NamedEntities.LAYER);
            if (columns[1].equals("-")) {
                if (!quotations.isEmpty()) {
                    titlesTaken.add(columns[0]);
                }
                continue;
            }
            String[] speakers = columns[1].split("\\|");
            expected += speakers.length;
            for (int i = 0; i < speakers.length && i < quotations.size(); i++) {
                TextSpan speaker = quotations.get(i).speaker();
                String wanted = speakers[i];
                if (wanted.equals("null") ? speaker == null
                        : speaker != null && names(speaker, entities).stream().anyMatch(name -> samePhrase(name, wanted))) {
                    right++;
                } else {
                    wrong.add(columns[0] + " → " + (speaker == null ? null : speaker.text()));
                }
            }
        }
        double share = 100.0 * right / expected;

        System.out.printf("quotations, %s: %.1f %% of %d with the right speaker%n", file, share, expected);
        System.out.printf("quotations, %s: %d titles taken for quotations%n", file, titlesTaken.size());
        assertThat(share).as("wrong: %s", wrong).isGreaterThanOrEqualTo(floor);
        assertThat(titlesTaken).as("titles taken for quotations").isEmpty();
    }

    /**
     * Whether a speaker found names the expected one: the same words, or the same head with or
     * without the prepositional phrase after it (тренерот, тренерот на Вардар; една мајка, една
     * мајка од населбата …). The sets were written with both conventions; the finder adds a named
     * owner after на and leaves other prepositional phrases out.
     */
    private static boolean samePhrase(String found, String expected) {
        return found.equals(expected) || headOf(found, expected) || headOf(expected, found);
    }

    /** Whether {@code head}, a description in lower case (not a name cut short), starts {@code phrase} before a preposition. */
    private static boolean headOf(String head, String phrase) {
        return Character.isLowerCase(head.charAt(0)) && phrase.startsWith(head + " ")
                && PREPOSITIONS.contains(phrase.substring(head.length() + 1).split(" ")[0]);
    }

    /** The speaker's words and, when they name an entity, its canonical name. */
    private static List<String> names(TextSpan speaker, NamedEntities entities) {
        List<String> names = new ArrayList<>(List.of(speaker.text()));
        Entity entity = speaker.entity() == null ? null : entities.entities().get(speaker.entity());
        if (entity != null) {
            names.add(entity.name());
        }
        return names;
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = TeamNewsQuotesTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
