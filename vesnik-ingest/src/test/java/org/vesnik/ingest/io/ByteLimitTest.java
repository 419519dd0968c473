package org.vesnik.ingest.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ByteLimitTest {

    /** A stream of zeros that never ends, counting what is read of it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
        }
    }

    @Test
    void bytesWithinTheLimitAreReadWhole() throws IOException {
        byte[] bytes = new byte[100_000];
        bytes[99_999] = 7;
        assertThat(new ByteLimit(100_000).readAll(new ByteArrayInputStream(bytes))).isEqualTo(bytes);
        assertThat(new ByteLimit(10).readAll(new ByteArrayInputStream(new byte[0]))).isEmpty();
    }

    @Test
    void anEndlessStreamIsRefusedJustPastTheLimit() {
        Endless endless = new Endless();
        assertThatThrownBy(() -> new ByteLimit(1_000_000).readAll(endless)).isInstanceOf(TooLargeException.class)
                .hasMessage("larger than the limit of 1000000 bytes");
        assertThat(endless.read).isLessThanOrEqualTo(2_000_001);
    }

    @Test
    void limitIsDescribedInUnitsAUserReads() {
        assertThat(new ByteLimit(16L * 1024 * 1024).describe()).isEqualTo("16 MiB");
        assertThat(new ByteLimit(64 * 1024).describe()).isEqualTo("64 KiB");
        assertThat(new ByteLimit(1000).describe()).isEqualTo("1000 bytes");
    }
}
