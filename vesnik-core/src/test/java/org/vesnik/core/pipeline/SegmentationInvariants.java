package org.vesnik.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vesnik.core.claims.Claim;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.clean.InvisibleCharacterRemover;
import org.vesnik.core.clean.Repair;
import org.vesnik.core.clean.RepairKind;
import org.vesnik.core.morph.Morphology;
import org.vesnik.core.ner.EntityMention;
import org.vesnik.core.ner.NamedEntities;
import org.vesnik.core.quotes.Quotation;
import org.vesnik.core.quotes.Quotations;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.Token;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.OffsetMap;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.time.DateMention;

/** The invariants every annotated document keeps, checked on generated and fuzzed input. */
final class SegmentationInvariants {

    private static final Map<Integer, Integer> LATIN_TO_CYRILLIC = homoglyphs();

    private SegmentationInvariants() {
    }

    static void check(Document doc) {
        try {
            checkAll(doc);
        } catch (AssertionError e) {
            throw new AssertionError("invariant broken on input " + visible(doc.original()) + ": " + e.getMessage(), e);
        }
    }

    private static void checkAll(Document doc) {
        String original = doc.original();
        CleanText clean = doc.get(CleanText.LAYER);
        List<Token> tokens = doc.get(TokenList.LAYER);
        checkTokenOffsets(original, clean, tokens);
        checkCoverage(original, clean, tokens);
        checkLettersKept(original, clean);
        checkSentences(doc.get(Sentence.LAYER), tokens, original.length());
        if (doc.has(Morphology.LAYER)) {
            checkMorphology(doc.get(Morphology.LAYER), clean.text(), tokens);
        }
        if (doc.has(DateMention.LAYER)) {
            checkDates(doc.get(DateMention.LAYER), original);
        }
        if (doc.has(NamedEntities.LAYER)) {
            NamedEntities entities = doc.get(NamedEntities.LAYER);
            for (EntityMention mention : entities.mentions()) {
                assertThat(original.substring(mention.start(), mention.end())).isEqualTo(mention.text());
                assertThat(entities.entities()).containsKey(mention.entityId());
            }
        }
        if (doc.has(Quotations.LAYER)) {
            for (Quotation quotation : doc.get(Quotations.LAYER).quotations()) {
                assertThat(original.substring(quotation.quote().start(), quotation.quote().end()))
                        .isEqualTo(quotation.quote().text());
                for (TextSpan part : Arrays.asList(quotation.speaker(), quotation.cue(), quotation.source(),
                        quotation.about())) {
                    if (part != null) {
                        checkPhrase(part, original);
                    }
                }
            }
        }
        if (doc.has(Claim.LAYER)) {
            for (Claim claim : doc.get(Claim.LAYER)) {
                checkPhrase(claim.quantity(), original);
                if (claim.counted() != null) {
                    checkPhrase(claim.counted(), original);
                }
                if (claim.source() != null) {
                    checkPhrase(claim.source(), original);
                }
                assertThat(claim.sentenceStart()).isLessThanOrEqualTo(claim.quantity().start());
                assertThat(claim.quantity().end()).isLessThanOrEqualTo(claim.sentenceEnd());
            }
        }
    }

    private static void checkPhrase(TextSpan phrase, String original) {
        assertThat(phrase.start()).isLessThan(phrase.end());
        assertThat(phrase.end()).isLessThanOrEqualTo(original.length());
        assertThat(original.substring(phrase.start(), phrase.end())).isEqualTo(phrase.text());
    }

    /** Date spans in range, in order, not overlapping, and their text is the original's. */
    private static void checkDates(List<DateMention> dates, String original) {
        int previousEnd = 0;
        for (DateMention date : dates) {
            assertThat(date.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(date.end());
            assertThat(date.end()).isLessThanOrEqualTo(original.length());
            assertThat(original.substring(date.start(), date.end())).isEqualTo(date.text());
            assertThat(date.resolved()).isEqualTo(date.value() != null);
            previousEnd = date.end();
        }
    }

    /** Every token has a lemma and a tag; marks and numbers are their own lemma. */
    private static void checkMorphology(Morphology morphology, String clean, List<Token> tokens) {
        assertThat(morphology.size()).isEqualTo(tokens.size());
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            String form = clean.substring(token.cleanStart(), token.cleanEnd());
            assertThat(morphology.lemma(t)).as("lemma of %s", form).isNotEmpty();
            assertThat(morphology.upos(t)).as("UPOS of %s", form).isNotNull();
            if (token.kind() != TokenKind.WORD) {
                assertThat(morphology.lemma(t)).isEqualTo(form);
            }
        }
    }

    /** Offsets in range and ordered; cleaned -> original -> cleaned is identity on token boundaries. */
    private static void checkTokenOffsets(String original, CleanText clean, List<Token> tokens) {
        OffsetMap map = clean.offsets();
        int previousEnd = 0;
        int previousCleanEnd = 0;
        for (Token t : tokens) {
            assertThat(t.start()).as("start of %s", t).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).as("end of %s", t).isGreaterThan(t.start()).isLessThanOrEqualTo(original.length());
            assertThat(t.cleanStart()).isGreaterThanOrEqualTo(previousCleanEnd);
            assertThat(t.cleanEnd()).isGreaterThan(t.cleanStart()).isLessThanOrEqualTo(clean.text().length());
            assertThat(map.toDerivedStart(map.toOriginalStart(t.cleanStart()))).as("round trip of start of %s", t)
                    .isEqualTo(t.cleanStart());
            assertThat(map.toDerivedEnd(map.toOriginalEnd(t.cleanEnd()))).as("round trip of end of %s", t)
                    .isEqualTo(t.cleanEnd());
            previousEnd = t.end();
            previousCleanEnd = t.cleanEnd();
        }
    }

    /**
     * Every non-space character of the original lies in exactly one token, but for what cleanup
     * deleted (invisible characters) or turned into space (an {@code &nbsp;}).
     */
    private static void checkCoverage(String original, CleanText clean, List<Token> tokens) {
        int[] covered = new int[original.length()];
        for (Token t : tokens) {
            for (int i = t.start(); i < t.end(); i++) {
                covered[i]++;
            }
        }
        boolean[] exempt = new boolean[original.length()];
        for (Repair r : clean.repairs()) {
            if (r.cleanedText().isBlank()) {
                for (int i = r.start(); i < r.end(); i++) {
                    exempt[i] = true;
                }
            }
        }
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            assertThat(covered[i]).as("character %d (U+%04X) covered at most once", i, (int) c).isLessThanOrEqualTo(1);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space && !exempt[i] && !InvisibleCharacterRemover.isInvisible(c)) {
                assertThat(covered[i]).as("character %d (U+%04X) in %s", i, (int) c, visible(original)).isEqualTo(1);
            }
        }
    }

    /** Cleanup keeps the letters in order, up to composition and script look-alikes. */
    private static void checkLettersKept(String original, CleanText clean) {
        List<Integer> before = letters(original, clean.repairs(), true);
        List<Integer> after = letters(clean.text(), clean.repairs(), false);
        assertThat(after).as("letters of %s", visible(original)).isEqualTo(before);
    }

    private static List<Integer> letters(String text, List<Repair> repairs, boolean original) {
        boolean[] entity = new boolean[text.length()];
        for (Repair r : repairs) {
            if (r.kind() == RepairKind.HTML_ENTITY) {
                int from = original ? r.start() : r.cleanStart();
                int to = original ? r.end() : r.cleanEnd();
                for (int i = from; i < to; i++) {
                    entity[i] = true;
                }
            }
        }
        String decomposed = text;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            if (Character.isLetter(cp) && !entity[i]) {
                String base = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
                int b = base.codePointAt(0);
                out.add(LATIN_TO_CYRILLIC.getOrDefault(b, b));
            }
            i += Character.charCount(cp);
        }
        return out;
    }

    private static void checkSentences(List<Sentence> sentences, List<Token> tokens, int length) {
        int nextToken = 0;
        for (Sentence s : sentences) {
            assertThat(s.firstToken()).isEqualTo(nextToken);
            assertThat(s.tokenCount()).isPositive();
            assertThat(s.start()).isEqualTo(tokens.get(s.firstToken()).start());
            assertThat(s.end()).isEqualTo(tokens.get(s.endToken() - 1).end()).isLessThanOrEqualTo(length);
            nextToken = s.endToken();
        }
        assertThat(nextToken).as("sentences hold every token").isEqualTo(tokens.size());
    }

    private static Map<Integer, Integer> homoglyphs() {
        Map<Integer, Integer> map = new HashMap<>();
        for (ResourceFile.Row row : ResourceFile.load(Cleaner.class, "homoglyphs.tsv").rows()) {
            map.put(row.column(0).codePointAt(0), row.column(1).codePointAt(0));
        }
        return map;
    }

    static String visible(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }
}
