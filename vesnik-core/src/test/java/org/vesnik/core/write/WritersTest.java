package org.vesnik.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;

class WritersTest {

    private static final String TEXT = "Путин ги нарече „специјални“, објави агенцијата КЦНА.Ким и Путин се\nсретнаа.";
    private static final Pipeline PIPELINE = Pipeline.builder().build();

    private static String write(DocumentWriter writer, Document doc, int ordinal, boolean many) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(doc, ordinal, many, out);
        return out.toString();
    }

    @Test
    void conlluFormsAreOriginalTextAndRangesPointAtThem() throws IOException {
        Document doc = PIPELINE.process(TEXT);
        String conllu = write(new ConlluWriter(), doc, 1, false);
        List<String> lines = conllu.lines().toList();
        assertThat(lines).contains("# sent_id = 1", "# sent_id = 2",
                "# text = Ким и Путин се сретнаа.");
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertThat(cols).hasSize(10);
            List<String> misc = List.of(cols[9].split("\\|"));
            String range = misc.get(misc.size() - 1).replace("TokenRange=", "");
            int start = Integer.parseInt(range.split(":")[0]);
            int end = Integer.parseInt(range.split(":")[1]);
            assertThat(TEXT.substring(start, end)).isEqualTo(cols[1]);
            boolean glued = end < TEXT.length() && !Character.isWhitespace(TEXT.charAt(end));
            assertThat(misc.contains("SpaceAfter=No")).as(line).isEqualTo(glued);
            assertThat(misc.get(0)).as(line).matches("NER=(O|[BI]-(PER|ORG|LOC|MISC))");
        }
        assertThat(conllu).contains("КЦНА\tКЦНА\tPROPN\t_\t_\t_\t_\t_\tNER=B-ORG|SpaceAfter=No|TokenRange=");
        assertThat(conllu).endsWith("\n\n");
    }

    @Test
    void conlluCarriesEachNameInMiscAsClasslaDoes() throws IOException {
        String conllu = write(new ConlluWriter(), PIPELINE.process("Претседателот Владимир Путин допатува во Пекинг."), 1, false);
        assertThat(conllu.lines().filter(l -> !l.startsWith("#") && !l.isEmpty()).map(l -> l.split("\t")[9].split("\\|")[0]))
                .containsExactly("NER=O", "NER=B-PER", "NER=I-PER", "NER=O", "NER=O", "NER=B-LOC", "NER=O");
    }

    @Test
    void jsonHasItsSchemaVersionEveryLayerEvenEmptyAndOneIdScheme() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode bulgarian = mapper.readTree(write(new JsonWriter(false),
                PIPELINE.process("Правителството одобри проектобюджета за следващата година."), 1, false));
        assertThat(bulgarian.get("schemaVersion").asInt()).isEqualTo(JsonWriter.SCHEMA_VERSION);
        for (String layer : List.of("entities", "entityReferences", "quotations", "titles", "statements", "dates", "claims")) {
            assertThat(bulgarian.get(layer)).as(layer).isNotNull().isEmpty();
        }
        assertThat(bulgarian.get("entityIndex")).isEmpty();
        JsonNode empty = mapper.readTree(write(new JsonWriter(false), PIPELINE.process(""), 1, false));
        assertThat(empty.get("entities")).isNotNull().isEmpty();
        JsonNode news = mapper.readTree(write(new JsonWriter(false),
                PIPELINE.process("Путин и Марко Трајковски допатуваа во Русија, каде што живеат 2.000 руски војници."), 1, false));
        assertThat(news.get("entityIndex").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("per:putin", "per:марко-трајковски", "loc:ru");
        assertThat(news.at("/entityIndex/loc:ru/references").asInt()).isEqualTo(1);
        assertThat(news.at("/claims/0/value").isIntegralNumber()).isTrue();
    }

    @Test
    void onlyTheChosenLayersAreWritten() throws IOException {
        Document doc = PIPELINE.process("„Ќе дојдам“, рече Марко.");
        JsonNode json = new ObjectMapper().readTree(write(new JsonWriter(false, false, Set.of("quotations")::contains), doc, 1, false));
        assertThat(json.fieldNames()).toIterable().containsExactly("schemaVersion", "quotations", "titles", "statements");
    }

    @Test
    void conlluMarksEachDocumentOfAStream() throws IOException {
        Document doc = PIPELINE.process("Една реченица.", "a.txt");
        String conllu = write(new ConlluWriter(), doc, 2, true);
        assertThat(conllu).startsWith("# newdoc id = a.txt\n# sent_id = 2-1\n");
    }

    @Test
    void jsonHoldsBothTextsRepairsSentencesTokensAndQuotes() throws IOException {
        Document doc = PIPELINE.process(TEXT.getBytes(StandardCharsets.UTF_8), "seed.txt");
        String json = write(new JsonWriter(false), doc, 1, false);
        assertThat(json.lines()).hasSize(1);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("source").asText()).isEqualTo("seed.txt");
        assertThat(root.get("encoding").get("charset").asText()).isEqualTo("UTF-8");
        assertThat(root.get("text").asText()).isEqualTo(TEXT);
        String clean = root.get("cleanText").asText();
        assertThat(clean).contains("КЦНА. Ким").contains("се сретнаа");
        assertThat(root.get("repairs")).extracting(r -> r.get("kind").asText())
                .containsExactly("glued-sentence", "line-break");
        assertThat(root.get("sentences")).hasSize(2);
        for (JsonNode sentence : root.get("sentences")) {
            for (JsonNode token : sentence.get("tokens")) {
                int start = token.get("start").asInt();
                int end = token.get("end").asInt();
                assertThat(TEXT.substring(start, end)).isEqualTo(token.get("text").asText());
                assertThat(clean.substring(token.get("cleanStart").asInt(), token.get("cleanEnd").asInt()))
                        .isEqualTo(token.get("text").asText());
            }
        }
        JsonNode quote = root.get("quotationMarks").get(0);
        assertThat(TEXT.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo("специјални");
    }

    @Test
    void textShowsRepairsAndOneSentenceALine() throws IOException {
        Document doc = PIPELINE.process(TEXT);
        String text = write(new TextWriter(), doc, 1, false);
        assertThat(text).contains("2 sentences").contains("glued-sentence").contains("\"\\n\" -> \" \"");
        assertThat(text.lines().filter(l -> !l.startsWith("#"))).containsExactly(
                "Путин ги нарече „ специјални “ , објави агенцијата КЦНА .",
                "Ким и Путин се сретнаа .");
    }
}
