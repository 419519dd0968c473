package org.vesnik.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone's words in an article: direct ({@code „…“, рече X}) or, when {@code indirect}, reported
 * ({@code X изјави дека …}); who said them and the entity they are, the reporting word, and who
 * reports them ({@code според КЦНА}).
 */
public record Quote(Span words, Optional<Span> speaker, Optional<String> speakerId, Optional<Span> cue,
                    Optional<Span> source, Optional<String> sourceId, boolean indirect) {

    public Quote {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
