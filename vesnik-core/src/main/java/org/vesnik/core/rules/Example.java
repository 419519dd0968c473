package org.vesnik.core.rules;

import java.util.Objects;

/**
 * A Macedonian example of a rule, run as a test: a text, the words of it the rule decides about,
 * and what it decides for them (a type, a speaker, a meaning, a date). Written with the words in
 * brackets: {@code Example.of("претседателот [Зоран Заев] изјави", "PER")}.
 */
public record Example(String text, String words, String decision) {

    public Example {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(decision, "decision");
        if (words.isEmpty() || !text.contains(words)) {
            throw new IllegalArgumentException("the example's words must be in its text: " + text);
        }
    }

    /** An example written with the words the rule decides about in brackets. */
    public static Example of(String marked, String decision) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']', open + 1);
        if (open < 0 || close < 0 || marked.indexOf('[', open + 1) >= 0) {
            throw new IllegalArgumentException("an example marks its words with one pair of brackets: " + marked);
        }
        String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        return new Example(text, marked.substring(open + 1, close), decision);
    }
}
