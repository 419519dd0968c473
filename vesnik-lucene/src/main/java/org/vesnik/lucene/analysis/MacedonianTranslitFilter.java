package org.vesnik.lucene.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds terms written in Latin letters into Cyrillic ({@code latin-folding.tsv}), so that
 * {@code putin} meets {@code путин}, {@code kcna} meets {@code кцна} and {@code dzhong} or
 * {@code džong} meets {@code џонг}. Terms with any Cyrillic letter, digits-only terms and URLs
 * are left alone. Expects lower case; runs before stemming so that folded terms are stemmed too.
 * Allocates nothing per token: the table is looked up by slices of the term buffer.
 */
public final class MacedonianTranslitFilter extends TokenFilter {

    private final LatinFolding folding = LatinFolding.instance();
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private char[] scratch = new char[32];

    public MacedonianTranslitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] term = termAtt.buffer();
        int length = termAtt.length();
        if (isLatinWord(term, length)) {
            fold(term, length);
        }
        return true;
    }

    /** Latin letters only (and the marks and joiners inside words): a word to fold. */
    private static boolean isLatinWord(char[] term, int length) {
        boolean latin = false;
        for (int i = 0; i < length; i++) {
            char c = term[i];
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    latin = true;
                } else if (c != '-' && c != '\'') {
                    return false; // digits, dots, @, /: numbers, abbreviations, URLs, e-mail
                }
            } else if (c >= 0x400 && c < 0x530) {
                return false; // Cyrillic: the common case, decided without a script lookup
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin = true;
            } else if (Character.isLetter(c)) {
                return false; // Cyrillic or another script
            }
        }
        return latin;
    }

    private void fold(char[] term, int length) {
        if (scratch.length < length * 2) {
            scratch = new char[length * 2];
        }
        int out = 0;
        int i = 0;
        while (i < length) {
            char[] cyrillic = null;
            int matched = 1;
            for (int n = Math.min(folding.longest(), length - i); n > 0; n--) {
                cyrillic = folding.lookup(term, i, n);
                if (cyrillic != null) {
                    matched = n;
                    break;
                }
            }
            if (cyrillic == null) {
                scratch[out++] = term[i];
            } else {
                for (char c : cyrillic) {
                    scratch[out++] = c;
                }
            }
            i += matched;
        }
        termAtt.copyBuffer(scratch, 0, out);
    }
}
