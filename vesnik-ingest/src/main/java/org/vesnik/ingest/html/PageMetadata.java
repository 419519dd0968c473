package org.vesnik.ingest.html;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What a page says about its article apart from the text: found by {@link MetadataReader},
 * each value from the first source in its cascade that has one. {@code description} is what the
 * page says its article is about (a lead, unless it repeats the body's opening); {@code schemaBody}
 * is the JSON-LD {@code articleBody}, for pages whose text is drawn by scripts.
 */
record PageMetadata(Optional<String> title, Optional<String> author, Optional<OffsetDateTime> published,
                    Optional<OffsetDateTime> modified, Optional<String> outlet, Optional<String> url,
                    Optional<String> description, Optional<String> language, Optional<String> schemaBody) {
}
