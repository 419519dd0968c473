package org.vesnik.core.lang;

/** Classes of punctuation that cleanup and segmentation agree on. */
public final class Punctuation {

    private Punctuation() {
    }

    /** Marks that end a sentence: full stop, question and exclamation marks, the ellipsis. */
    public static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Every quotation mark in use in Macedonian, Serbian, Russian and English text. */
    public static boolean isQuote(char c) {
        switch (c) {
            case '"': case '\'': case '„': case '“': case '”': case '‚': case '‘': case '’':
            case '«': case '»': case '‹': case '›': case '‟': case '‛':
                return true;
            default:
                return false;
        }
    }

    /** Quotation marks that can only open a quotation. */
    public static boolean isOpeningOnlyQuote(char c) {
        return c == '„' || c == '‚' || c == '«' || c == '‹';
    }

    /** Quotation marks that can only close a quotation ({@code ”} closes both „…” and “…”). */
    public static boolean isClosingOnlyQuote(char c) {
        return c == '»' || c == '›' || c == '”' || c == '’';
    }

    public static boolean isOpeningBracket(char c) {
        return c == '(' || c == '[' || c == '{';
    }

    public static boolean isClosingBracket(char c) {
        return c == ')' || c == ']' || c == '}';
    }

    /** Hyphen-minus and the Unicode dashes, which stand alone between spaces as a dash. */
    public static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

    /** Spaces and tabs: whitespace that is not a line break. */
    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
