package org.vesnik.ingest.html;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What a page says about its article apart from the text: found by {@link MetadataReader},
 * each value from the first source in its cascade that has one.
 */
record PageMetadata(Optional<String> title, Optional<String> author, Optional<OffsetDateTime> published,
                    Optional<OffsetDateTime> modified, Optional<String> outlet, Optional<String> url,
                    Optional<String> lead, Optional<String> language, boolean declaresArticle) {
}
