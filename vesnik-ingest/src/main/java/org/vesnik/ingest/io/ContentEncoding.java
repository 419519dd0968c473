package org.vesnik.ingest.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes an HTTP Content-Encoding ({@code gzip}, {@code x-gzip}, {@code deflate}, several in a
 * list), for the fetcher and the WARC reader alike. {@code deflate} is zlib-wrapped by the
 * standard and raw from many servers; both are read, told apart by the zlib header. The caller
 * bounds what it reads from the result (see {@link ByteLimit}), so no bomb inflates unchecked.
 */
public final class ContentEncoding {

    /** A Content-Encoding that is none of those (br, compress): the body cannot be read. */
    public static final class UnsupportedException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedException(String encoding) {
            super("unsupported Content-Encoding: " + encoding);
        }
    }

    private ContentEncoding() {
    }

    /** The decoded stream; the header's codings were applied in order, so they are undone last first. */
    public static InputStream decode(InputStream raw, String header) throws IOException {
        String[] codings = header.toLowerCase(Locale.ROOT).split(",");
        InputStream in = raw;
        for (int i = codings.length - 1; i >= 0; i--) {
            in = decodeOne(in, codings[i].strip());
        }
        return in;
    }

    private static InputStream decodeOne(InputStream in, String coding) throws IOException {
        switch (coding) {
            case "", "identity", "none":
                return in;
            case "gzip", "x-gzip":
                return new GZIPInputStream(in, 8192);
            case "deflate":
                PushbackInputStream peek = new PushbackInputStream(in, 2);
                int first = peek.read();
                int second = first < 0 ? -1 : peek.read();
                if (second >= 0) {
                    peek.unread(second);
                }
                if (first >= 0) {
                    peek.unread(first);
                }
                boolean zlib = first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
                return new InflaterInputStream(peek, new Inflater(!zlib), 8192);
            default:
                throw new UnsupportedException(coding);
        }
    }
}
