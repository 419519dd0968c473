package org.vesnik.core.pipeline;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.vesnik.core.decode.BadInputException;

/**
 * Coverage-guided fuzzing of the whole segmentation path. Under plain {@code mvn verify} each
 * test replays its stored inputs; run with {@code JAZZER_FUZZ=1} to search for new ones.
 */
class SegmentationFuzzTest {

    // forced Macedonian, so that the lemmatizer and tagger see every input too
    private static final Pipeline PIPELINE = Pipeline.builder().language("mk").build();

    @FuzzTest(maxDuration = "5m")
    void textKeepsInvariants(FuzzedDataProvider data) {
        SegmentationInvariants.check(PIPELINE.process(data.consumeRemainingAsString()));
    }

    @FuzzTest(maxDuration = "5m")
    void bytesDecodeOrFailClearly(byte[] bytes) {
        try {
            SegmentationInvariants.check(PIPELINE.process(bytes, "fuzz"));
        } catch (BadInputException expected) {
            // a typed error naming the byte is a defined result
        }
    }
}
