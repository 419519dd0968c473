package org.vesnik.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final Layer<Integer> LENGTH = Layer.named("length");

    @Test
    void aDerivedLayerIsComputedOnceAndThenShared() {
        Document doc = new Document("Ким и Путин");
        AtomicInteger computed = new AtomicInteger();
        assertThat(doc.derive(LENGTH, d -> computed.incrementAndGet() * d.original().length())).isEqualTo(11);
        assertThat(doc.derive(LENGTH, d -> computed.incrementAndGet() * 1000)).isEqualTo(11);
        assertThat(computed).hasValue(1);
        assertThatThrownBy(() -> doc.add(LENGTH, 3)).isInstanceOf(IllegalStateException.class);
    }
}
