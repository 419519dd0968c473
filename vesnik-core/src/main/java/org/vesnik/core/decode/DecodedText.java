package org.vesnik.core.decode;

import java.util.List;
import org.vesnik.core.text.Layer;

/**
 * Text decoded from bytes, with how it was decoded.
 *
 * @param text the decoded text, which becomes a document's original text
 * @param charset the name of the encoding found ("UTF-8", "windows-1251", "UTF-16LE" …)
 * @param byteOrderMark whether the bytes started with a byte-order mark (not part of the text)
 * @param mojibakeRepairs one entry a line that had been mis-decoded upstream and was repaired
 */
public record DecodedText(String text, String charset, boolean byteOrderMark, List<MojibakeRepair> mojibakeRepairs) {

    /** How a document's bytes were decoded; only documents read from bytes have it. */
    public static final Layer<DecodedText> LAYER = Layer.written("encoding", new EncodingFormat());

    public DecodedText {
        mojibakeRepairs = List.copyOf(mojibakeRepairs);
    }

    /**
     * One repaired line: UTF-8 bytes that had been read as {@code misreadAs}.
     *
     * @param line the 1-based line of the decoded text
     * @param misreadAs the encoding the bytes had wrongly been read with
     */
    public record MojibakeRepair(int line, String misreadAs) {
    }
}
