package org.vesnik.core.claims;

/** Words of a claim (its source, cue, counted noun or a qualifier): spans in both texts and the original words. */
public record Phrase(int start, int end, int cleanStart, int cleanEnd, String text) {
}
