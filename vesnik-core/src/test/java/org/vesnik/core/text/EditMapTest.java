package org.vesnik.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditMapTest {

    @Test
    void unchangedTextMapsEveryOffsetToItself() {
        OffsetMap map = EditMap.of(List.of());
        assertThat(map.toOriginalStart(7)).isEqualTo(7);
        assertThat(map.toDerivedEnd(3)).isEqualTo(3);
    }

    @Test
    void insertedSpaceBelongsToNeitherNeighbour() {
        // "КЦНА.Ким" -> "КЦНА. Ким": a space inserted at 5
        OffsetMap map = EditMap.of(List.of(new Edit(5, 5, " ")));
        // the stop [4,5) keeps its offsets both ways
        assertThat(map.toDerivedEnd(5)).isEqualTo(5);
        assertThat(map.toOriginalEnd(5)).isEqualTo(5);
        // "Ким" starts at 5 in the original and 6 in the cleaned text
        assertThat(map.toDerivedStart(5)).isEqualTo(6);
        assertThat(map.toOriginalStart(6)).isEqualTo(5);
        assertThat(map.toOriginalEnd(9)).isEqualTo(8);
    }

    @Test
    void deletedCharacterIsSkippedByStartsAndNotReachedByEnds() {
        // "ab\u00ADcd" -> "abcd"
        OffsetMap map = EditMap.of(List.of(new Edit(2, 3, "")));
        assertThat(map.toOriginalStart(2)).isEqualTo(3);
        assertThat(map.toOriginalEnd(2)).isEqualTo(2);
        assertThat(map.toOriginalEnd(4)).isEqualTo(5);
        assertThat(map.toDerivedStart(3)).isEqualTo(2);
    }

    @Test
    void replacementMapsWholeToWhole() {
        // "a &amp; b" -> "a & b"
        OffsetMap map = EditMap.of(List.of(new Edit(2, 7, "&")));
        assertThat(map.toOriginalStart(2)).isEqualTo(2);
        assertThat(map.toOriginalEnd(3)).isEqualTo(7);
        assertThat(map.toOriginalStart(4)).isEqualTo(8);
        assertThat(map.toDerivedStart(8)).isEqualTo(4);
        assertThat(map.toDerivedEnd(7)).isEqualTo(3);
    }

    @Test
    void chainedMapsComposeInOrder() {
        EditMap first = EditMap.of(List.of(new Edit(0, 5, "&")));      // "&amp;x" -> "&x"
        EditMap second = EditMap.of(List.of(new Edit(1, 1, " ")));     // "&x" -> "& x"
        OffsetMap chain = ChainedOffsetMap.of(List.of(first, second));
        assertThat(chain.toOriginalStart(2)).isEqualTo(5);
        assertThat(chain.toOriginalEnd(1)).isEqualTo(5);
        assertThat(chain.toDerivedStart(5)).isEqualTo(2);
    }

    @Test
    void spanMappingAgreesWithSingleLookups() {
        for (long seed = 42; seed < 92; seed++) {
            spanMappingAgreesWithSingleLookups(new java.util.Random(seed));
        }
    }

    /** Random edits (insertions, deletions, replacements) and random spans, some empty, in order and shuffled. */
    private static void spanMappingAgreesWithSingleLookups(java.util.Random random) {
        List<Edit> edits = new java.util.ArrayList<>();
        int pos = 0;
        for (int i = 0; i < 200; i++) {
            pos += random.nextInt(5);
            int len = random.nextInt(3);
            String replacement = len == 0 ? " " : random.nextBoolean() ? "" : "xy".substring(0, 1 + random.nextInt(2));
            edits.add(new Edit(pos, pos + len, replacement));
            pos += len + 1;
        }
        EditMap map = EditMap.of(edits);
        OffsetMap chain = ChainedOffsetMap.of(List.of(map, EditMap.of(List.of(new Edit(3, 3, " ")))));
        for (OffsetMap m : List.of((OffsetMap) map, chain)) {
            // spans in text order, as tokens come, and the same spans shuffled
            int[] cuts = random.ints(600, 0, pos).sorted().toArray();
            int[] starts = new int[cuts.length / 2];
            int[] ends = new int[cuts.length / 2];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = cuts[2 * i];
                ends[i] = cuts[2 * i + 1];
            }
            int[] order = random.ints(starts.length, 0, starts.length).toArray();
            int[] shuffledStarts = java.util.Arrays.stream(order).map(i -> starts[i]).toArray();
            int[] shuffledEnds = java.util.Arrays.stream(order).map(i -> ends[i]).toArray();
            for (int[][] spans : List.of(new int[][] {starts, ends}, new int[][] {shuffledStarts, shuffledEnds})) {
                int n = spans[0].length;
                int[] mappedStarts = new int[n];
                int[] mappedEnds = new int[n];
                m.toOriginalSpans(spans[0], spans[1], n, mappedStarts, mappedEnds);
                for (int i = 0; i < n; i++) {
                    int start = m.toOriginalStart(spans[0][i]);
                    assertThat(mappedStarts[i]).as("start of %d", spans[0][i]).isEqualTo(start);
                    assertThat(mappedEnds[i]).as("end of %d", spans[1][i])
                            .isEqualTo(Math.max(start, m.toOriginalEnd(spans[1][i])));
                }
            }
        }
    }

    @Test
    void overlappingEditsAreRejected() {
        assertThatThrownBy(() -> EditMap.of(List.of(new Edit(0, 3, "x"), new Edit(2, 4, "y"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
