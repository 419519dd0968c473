package org.vesnik.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    private final FunctionWords words = FunctionWords.macedonian();

    @Test
    void aWordMayHaveSeveralRolesAndOthersHaveNone() {
        assertThat(words.isFuture("ќе")).isTrue();
        assertThat(words.isVerbCue("ќе")).isTrue();
        assertThat(words.isVerbCue("да")).isTrue();
        assertThat(words.isClitic("себе")).isTrue();
        assertThat(words.isComplementizer("дека")).isTrue();
        assertThat(words.isAccordingTo("според")).isTrue();
        assertThat(words.isClauseStart("но")).isTrue();
        assertThat(words.isFrom("од")).isTrue();
        assertThat(words.isOf("на")).isTrue();
        assertThat(words.isOf("од")).isFalse();
        assertThat(words.isFuture("да")).isFalse();
        assertThat(words.isVerbCue("куќа")).isFalse();
        assertThat(words.isComplementizer(null)).isFalse();
    }
}
