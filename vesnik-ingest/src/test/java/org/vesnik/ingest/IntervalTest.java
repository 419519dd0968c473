package org.vesnik.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void unitsAreHoursMinutesAndSeconds() {
        assertThat(Interval.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Interval.parse("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Interval.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Interval.parse(" 2H ")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        for (String bad : new String[] {"", "10", "10x", "m", "0m", "30m1h", "1h1h", "-5m"}) {
            assertThatThrownBy(() -> Interval.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("interval");
        }
    }

    @Test
    void formattedAsItIsWritten() {
        assertThat(Interval.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(Interval.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(Interval.format(Duration.ofMinutes(65))).isEqualTo("1h5m");
        assertThat(Interval.format(Duration.ofMillis(1500))).isEqualTo("2s");
        assertThat(Interval.format(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void formatThenParseGivesTheSameDuration() {
        for (long s = 1; s < 20_000; s += 97) {
            Duration d = Duration.ofSeconds(s);
            assertThat(Interval.parse(Interval.format(d))).isEqualTo(d);
        }
    }
}
