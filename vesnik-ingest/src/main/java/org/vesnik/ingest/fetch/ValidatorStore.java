package org.vesnik.ingest.fetch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The validators last seen per URL, so that fetching a URL again is a conditional GET. Bounded:
 * the least recently used URLs are forgotten first. Thread-safe. A caller that must remember
 * across runs (the feed watcher) reads and fills it.
 */
public final class ValidatorStore {

    private static final int DEFAULT_CAPACITY = 10_000;

    private final Map<String, Validators> byUrl;

    public ValidatorStore() {
        this(DEFAULT_CAPACITY);
    }

    public ValidatorStore(int capacity) {
        this.byUrl = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Validators> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<Validators> get(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public synchronized void put(String url, Validators validators) {
        if (validators.isEmpty()) {
            byUrl.remove(url);
        } else {
            byUrl.put(url, validators);
        }
    }
}
