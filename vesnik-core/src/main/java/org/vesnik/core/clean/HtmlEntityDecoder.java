package org.vesnik.core.clean;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.lang.CharClasses;
import org.vesnik.core.text.Edit;

/**
 * Decodes HTML character references left in text ({@code &amp;}, {@code &bdquo;}, {@code &#8222;},
 * {@code &#x201E;}). Unknown names and references to invalid code points stay as they are.
 */
public final class HtmlEntityDecoder implements CleanupStep {

    private static final int MAX_NAME = 32;
    // HTML5 reads &#128;–&#159; as windows-1252, as browsers do
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Map<String, String> named;

    public HtmlEntityDecoder() {
        ResourceFile file = ResourceFile.load(HtmlEntityDecoder.class, "html-entities.tsv");
        Map<String, String> map = new HashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2) {
                throw file.error(row, "expected name TAB code points");
            }
            StringBuilder value = new StringBuilder();
            for (String hex : row.column(1).split(" ")) {
                value.appendCodePoint(Integer.parseInt(hex, 16));
            }
            if (map.put(row.first(), value.toString()) != null) {
                throw file.error(row, "duplicate entity " + row.first());
            }
        }
        this.named = Map.copyOf(map);
    }

    @Override
    public RepairKind kind() {
        return RepairKind.HTML_ENTITY;
    }

    @Override
    public boolean mayApply(TextProfile profile) {
        return profile.has(CharClasses.AMPERSAND);
    }

    @Override
    public void findEdits(String text, TextProfile profile, List<Edit> edits) {
        int next = 0; // the end of the last entity decoded
        for (int k = 0; k < profile.count(); k++) {
            int i = profile.position(k);
            if (i < next || text.charAt(i) != '&') {
                continue;
            }
            int semi = text.indexOf(';', i + 2);
            if (semi > 0 && semi - i <= MAX_NAME + 2) {
                String value = decode(text, i + 1, semi);
                if (value != null) {
                    edits.add(new Edit(i, semi + 1, value));
                    next = semi + 1;
                }
            }
        }
    }

    private String decode(String text, int from, int to) {
        if (text.charAt(from) == '#') {
            return decodeNumeric(text, from + 1, to);
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum) {
                return null;
            }
        }
        return named.get(text.substring(from, to));
    }

    private static String decodeNumeric(String text, int from, int to) {
        boolean hex = from < to && (text.charAt(from) == 'x' || text.charAt(from) == 'X');
        int digitsFrom = hex ? from + 1 : from;
        if (digitsFrom >= to || to - digitsFrom > 7) {
            return null;
        }
        int cp = 0;
        for (int k = digitsFrom; k < to; k++) {
            int d = Character.digit(text.charAt(k), hex ? 16 : 10);
            if (d < 0) {
                return null;
            }
            cp = cp * (hex ? 16 : 10) + d;
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            String s = new String(new byte[] {(byte) cp}, WINDOWS_1252);
            return s.charAt(0) == '\uFFFD' ? null : s;
        }
        if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return null;
        }
        return new String(Character.toChars(cp));
    }
}
