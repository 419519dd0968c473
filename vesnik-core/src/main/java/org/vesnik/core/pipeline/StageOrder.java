package org.vesnik.core.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;

/**
 * Checks that the stages of a pipeline come in an order that works: every layer a stage needs is
 * added by an earlier one, a layer a stage reads when present is not added by a later one, and no
 * layer is added twice. A pipeline wired wrong fails when it is built, with a message saying what
 * to move where. Layers the caller's documents carry already (added by an earlier pipeline)
 * count as added before the first stage.
 */
final class StageOrder {

    private StageOrder() {
    }

    /** Checks {@code stages} run on documents that already carry the layers {@code given}. */
    static void check(List<Stage> stages, Set<Layer<?>> given) {
        Map<Layer<?>, Stage> producers = new HashMap<>();
        for (Stage stage : stages) {
            for (Layer<?> layer : stage.adds()) {
                Stage other = producers.putIfAbsent(layer, stage);
                if (other != null) {
                    throw new IllegalArgumentException("both " + name(other) + " and " + name(stage)
                            + " add the layer '" + layer + "': keep one of them");
                }
            }
        }
        Set<Layer<?>> added = new HashSet<>(given);
        for (Stage stage : stages) {
            for (Layer<?> layer : stage.needs()) {
                if (!added.contains(layer)) {
                    throw new IllegalArgumentException(missing(stage, "needs", layer, producers.get(layer)));
                }
            }
            for (Layer<?> layer : stage.uses()) {
                if (!added.contains(layer) && producers.containsKey(layer)) {
                    throw new IllegalArgumentException(missing(stage, "reads", layer, producers.get(layer)));
                }
            }
            added.addAll(stage.adds());
        }
    }

    private static String missing(Stage stage, String verb, Layer<?> layer, Stage producer) {
        String what = name(stage) + " " + verb + " the layer '" + layer + "', which ";
        return producer == null
                ? what + "no stage of the pipeline adds: add the stage that makes it before " + name(stage)
                : what + name(producer) + " adds only after it: put " + name(producer) + " before " + name(stage);
    }

    private static String name(Stage stage) {
        String simple = stage.getClass().getSimpleName();
        return simple.isEmpty() ? stage.getClass().getName() : simple;
    }
}
