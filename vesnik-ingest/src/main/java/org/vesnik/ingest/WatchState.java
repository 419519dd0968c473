package org.vesnik.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vesnik.core.decode.BadInputException;
import org.vesnik.ingest.fetch.Validators;

/**
 * What the feed watcher remembers about each feed across rounds and restarts: the items it has
 * handed on (by guid or link), the feed's ETag and Last-Modified, and when it may be asked again
 * after a failure. Kept in a small JSON file, replaced whole on each save (written beside it,
 * then moved over it), so a crash leaves the old state or the new one, never half of either.
 */
final class WatchState {

    /** Items remembered per feed; a feed lists tens, so this is many days of a busy one. */
    static final int MAX_SEEN = 5_000;

    private static final JsonFactory JSON = new JsonFactory();
    private static final int VERSION = 1;

    /** One feed's memory. Mutable: the watcher updates it as a round goes. */
    static final class Feed {
        final Set<String> seen = new LinkedHashSet<>();
        String validatorsUrl = "";
        Validators validators = new Validators(Optional.empty(), Optional.empty());
        int failures;
        Optional<Instant> retryAt = Optional.empty();

        void see(String key) {
            seen.remove(key);
            seen.add(key);
            if (seen.size() > MAX_SEEN) {
                Iterator<String> oldest = seen.iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    private final Path file;
    private final Map<String, Feed> feeds = new LinkedHashMap<>();

    private WatchState(Path file) {
        this.file = file;
    }

    Feed feed(String url) {
        return feeds.computeIfAbsent(url, u -> new Feed());
    }

    Map<String, Feed> feeds() {
        return feeds;
    }

    /** The state kept in the file, or a fresh one when there is no file yet. */
    static WatchState load(Path file) throws IOException {
        WatchState state = new WatchState(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return state;
        }
        try (JsonParser p = JSON.createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("feeds")) {
                    readFeeds(p, state, file);
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new BadInputException(file.toString(), "not a watch state file (" + e.getMessage() + ")");
        }
        return state;
    }

    private static void readFeeds(JsonParser p, WatchState state, Path file) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, file);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Feed feed = state.feed(p.currentName());
            expect(p.nextToken(), JsonToken.START_OBJECT, file);
            Optional<String> etag = Optional.empty();
            Optional<String> lastModified = Optional.empty();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "validatorsUrl" -> feed.validatorsUrl = p.getText();
                    case "etag" -> etag = Optional.of(p.getText());
                    case "lastModified" -> lastModified = Optional.of(p.getText());
                    case "failures" -> feed.failures = p.getIntValue();
                    case "retryAt" -> feed.retryAt = Optional.of(Instant.parse(p.getText()));
                    case "seen" -> {
                        expect(value, JsonToken.START_ARRAY, file);
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            feed.see(p.getText());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            feed.validators = new Validators(etag, lastModified);
        }
    }

    private static void expect(JsonToken token, JsonToken wanted, Path file) {
        if (token != wanted) {
            throw new BadInputException(file.toString(), "not a watch state file (expected " + wanted + ", found " + token + ")");
        }
    }

    void save() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary); JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeNumberField("version", VERSION);
                g.writeObjectFieldStart("feeds");
                for (Map.Entry<String, Feed> entry : feeds.entrySet()) {
                    Feed feed = entry.getValue();
                    g.writeObjectFieldStart(entry.getKey());
                    if (!feed.validatorsUrl.isEmpty()) {
                        g.writeStringField("validatorsUrl", feed.validatorsUrl);
                    }
                    if (feed.validators.etag().isPresent()) {
                        g.writeStringField("etag", feed.validators.etag().get());
                    }
                    if (feed.validators.lastModified().isPresent()) {
                        g.writeStringField("lastModified", feed.validators.lastModified().get());
                    }
                    g.writeNumberField("failures", feed.failures);
                    if (feed.retryAt.isPresent()) {
                        g.writeStringField("retryAt", feed.retryAt.get().toString());
                    }
                    g.writeArrayFieldStart("seen");
                    for (String key : feed.seen) {
                        g.writeString(key);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
