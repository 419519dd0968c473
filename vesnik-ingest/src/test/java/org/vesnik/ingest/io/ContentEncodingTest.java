package org.vesnik.ingest.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentEncodingTest {

    private static final byte[] PAGE = "<p>Вести од Скопје</p>".repeat(50).getBytes(StandardCharsets.UTF_8);
    private static final ByteLimit LIMIT = new ByteLimit(1 << 20);

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] bytes, boolean zlib) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, !zlib))) {
            d.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] decode(byte[] bytes, String header) throws IOException {
        return LIMIT.readAll(ContentEncoding.decode(new ByteArrayInputStream(bytes), header));
    }

    @Test
    void gzipIsUndone() throws IOException {
        assertThat(decode(gzip(PAGE), "gzip")).isEqualTo(PAGE);
        assertThat(decode(gzip(PAGE), " X-GZIP ")).isEqualTo(PAGE);
    }

    @Test
    void deflateIsReadZlibWrappedOrRaw() throws IOException {
        assertThat(decode(deflate(PAGE, true), "deflate")).isEqualTo(PAGE);
        assertThat(decode(deflate(PAGE, false), "deflate")).isEqualTo(PAGE);
    }

    @Test
    void aListOfCodingsIsUndoneLastFirst() throws IOException {
        assertThat(decode(gzip(deflate(PAGE, true)), "deflate, gzip")).isEqualTo(PAGE);
    }

    @Test
    void identityLeavesTheBytes() throws IOException {
        assertThat(decode(PAGE, "identity")).isEqualTo(PAGE);
        assertThat(decode(PAGE, "")).isEqualTo(PAGE);
    }

    @Test
    void unknownCodingIsRefused() {
        assertThatThrownBy(() -> decode(PAGE, "br")).isInstanceOf(ContentEncoding.UnsupportedException.class)
                .hasMessage("unsupported Content-Encoding: br");
    }
}
