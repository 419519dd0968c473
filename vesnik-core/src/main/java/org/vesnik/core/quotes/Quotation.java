package org.vesnik.core.quotes;

import org.vesnik.core.text.TextSpan;

/**
 * A direct quotation: the quoted words ({@code quote}, without the marks), who said them
 * ({@code speaker}: a linked entity where possible, else the words naming them, e.g.
 * аналитичарите; null when nothing says), the reporting word ({@code cue}: рече, соопшти,
 * според), who reports it ({@code source}: соопшти КЦНА, според KCNA), whom it is about when
 * the words are the reporter's ({@code about}: Путин „високо ги пофали“ …, додаде KCNA), and
 * whether the speaker was named in the same sentence ({@code sentence}) or carried over from
 * the one before ({@code context}); the rule that decided who said them ({@code rule}:
 * {@code subject-of-speech-verb}, {@code previous-speaker} …) and the one that found the source
 * ({@code sourceRule}, null without a source).
 */
public record Quotation(TextSpan quote, TextSpan speaker, TextSpan cue, TextSpan source, TextSpan about, String attribution,
                        String rule, String sourceRule) {
}
