package org.vesnik.ingest;

import java.time.Instant;
import java.util.Optional;
import org.vesnik.core.article.Article;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.core.decode.TextDecoder;

/**
 * Makes an article of a plain-text document (a {@code .txt} file, a {@code text/plain} page):
 * decoded as vesnik-core decodes any text (UTF-8, windows-1251 and the other Cyrillic code
 * pages), its first line the title when it looks like a headline.
 */
final class PlainText {

    private static final TextDecoder DECODER = new TextDecoder();

    private PlainText() {
    }

    static ReadItem article(byte[] bytes, String source, Optional<String> url, Optional<Instant> fetched) {
        String text;
        try {
            text = DECODER.decode(bytes, source).text();
        } catch (BadInputException e) {
            return new ReadItem.Problem(source, ProblemKind.NOT_TEXT, reasonOf(e));
        }
        if (text.isBlank()) {
            return new ReadItem.Problem(source, ProblemKind.NO_TEXT, "no text (the file is empty or blank)");
        }
        Headline.Split split = Headline.split(text);
        return new ReadItem.Found(Article.builder(source, split.body())
                .title(split.title().orElse(null))
                .url(url.orElse(null))
                .fetched(fetched.orElse(null))
                .build());
    }

    /** The exception's message without the source it starts with (the problem names it already). */
    static String reasonOf(BadInputException e) {
        String message = e.getMessage();
        String prefix = e.source() + ": ";
        return e.source() != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
