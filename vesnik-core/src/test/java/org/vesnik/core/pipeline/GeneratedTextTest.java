package org.vesnik.core.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vesnik.core.decode.BadInputException;

/** The invariants on seeded random text, on random bytes, and on the sample texts. */
class GeneratedTextTest {

    // forced Macedonian, so that lemmas and tags are made for every random text too
    private static final Pipeline PIPELINE = Pipeline.builder().language("mk")
            .articleDate(LocalDate.of(2025, 9, 4)).build();

    private static final String CYRILLIC = "абвгдѓежзѕијклљмнњопрстќуфхцчџшАБВГДЃЕЖЗЅИЈКЛЉМНЊОПРСТЌУФХЦЧЏШѐѝ";
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyzACEKMOPTXcaeopxj";
    private static final String DIGITS = "0123456789";
    private static final String PUNCTUATION = ".,.,!?:;-–—„“”«»\"'’()[]…%€$#@&/+=*";
    private static final String SPACES = "     \n\n\t\r\u00A0\u202F";
    private static final String ODD = "\u00AD\u200B\u0301\u0300\uFEFF\u2028\u0007😀";

    static Stream<Long> seeds() {
        return IntStream.range(0, 400).mapToObj(i -> 20251125L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invariantsHoldOnRandomText(long seed) {
        Random random = new Random(seed);
        String text = randomText(random, random.nextInt(600));
        SegmentationInvariants.check(PIPELINE.process(text));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomBytesAreTextOrAClearError(long seed) {
        Random random = new Random(seed);
        byte[] bytes;
        if (random.nextBoolean()) {
            bytes = randomText(random, random.nextInt(300)).getBytes(
                    random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16);
            // damage a few bytes
            for (int k = random.nextInt(3); k > 0 && bytes.length > 0; k--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        } else {
            bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
        }
        try {
            SegmentationInvariants.check(PIPELINE.process(bytes, "random"));
        } catch (BadInputException expected) {
            // a clear, typed error is a defined result
        }
    }

    @Test
    void invariantsHoldOnTheSampleTexts() throws IOException {
        try (DirectoryStream<Path> samples = Files.newDirectoryStream(Path.of("../samples"), "*.txt")) {
            for (Path sample : samples) {
                SegmentationInvariants.check(PIPELINE.process(sample));
            }
        }
    }

    /** Words of one or two scripts, numbers, punctuation and spaces, with an odd character now and then. */
    static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) {
            int r = random.nextInt(100);
            String pool = r < 45 ? CYRILLIC : r < 55 ? LATIN : r < 63 ? DIGITS : r < 78 ? PUNCTUATION
                    : r < 97 ? SPACES : ODD;
            int run = pool == SPACES || pool == ODD || pool == PUNCTUATION ? 1 + random.nextInt(2) : 1 + random.nextInt(8);
            for (int i = 0; i < run; i++) {
                sb.appendCodePoint(pool.codePointAt(pool.offsetByCodePoints(0, random.nextInt(pool.codePointCount(0, pool.length())))));
            }
            if (random.nextInt(30) == 0) {
                sb.append(random.nextBoolean() ? "&amp;" : "&#8222;");
            }
        }
        return sb.toString();
    }
}
