package org.vesnik.core.write;

import org.vesnik.core.segment.Sentence;
import org.vesnik.core.text.Document;

/** The original text of a sentence on one line, as line-oriented formats need it. */
final class SentenceText {

    private SentenceText() {
    }

    static String oneLine(Document document, Sentence sentence) {
        String text = document.original().substring(sentence.start(), sentence.end());
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
