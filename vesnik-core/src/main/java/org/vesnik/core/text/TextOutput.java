package org.vesnik.core.text;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Where a layer writes its lines of the text summary ({@code --format text}): one {@code #} line each. */
public final class TextOutput {

    private final Writer out;
    private final Document document;
    private final boolean explain;

    /** Writes {@code document}'s summary lines to {@code out}; with {@code explain}, with the rules that decided. */
    public TextOutput(Writer out, Document document, boolean explain) {
        this.out = out;
        this.document = document;
        this.explain = explain;
    }

    /** Whether lines name the rules that decided ({@code --explain}). */
    public boolean explain() {
        return explain;
    }

    /** {@code " [rule: name]"} when explaining, else nothing: to end a line with. */
    public String rule(String label, String rule) {
        return explain && rule != null ? " [" + label + ": " + rule + "]" : "";
    }

    public Document document() {
        return document;
    }

    /** Writes {@code "# "} and the formatted line (formatted without regard to the user's locale). */
    public void line(String format, Object... args) throws IOException {
        out.write("# " + String.format(Locale.ROOT, format, args) + "\n");
    }

    /** A piece of text quoted, with its invisible characters spelled out ({@code \n}, {@code \u00A0}). */
    public static String visible(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || Character.getType(c) == Character.FORMAT || c == 0xA0 || Character.isSpaceChar(c) && c != ' ') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
