package org.vesnik.core.text;

import java.util.List;

/**
 * One step of the annotation pipeline: reads the layers it needs from a document and adds its
 * own. It declares both, so that a pipeline wired in the wrong order fails when it is built, not
 * when it runs. Stages are stateless after construction and safe to share between threads.
 */
public interface Stage {

    /** The layers the stage reads: an earlier stage must add each. */
    List<Layer<?>> needs();

    /**
     * Layers the stage reads when a document has them (entities, for quotations): where the
     * pipeline has a stage that adds one, that stage must come earlier. None by default.
     */
    default List<Layer<?>> uses() {
        return List.of();
    }

    /** The layers the stage adds. */
    List<Layer<?>> adds();

    void annotate(Document document);

    /**
     * Whether the stage only makes sense for Macedonian text (a lexicon, Macedonian rules): the
     * pipeline skips it for a document identified as another language, unless forced.
     */
    default boolean macedonianOnly() {
        return false;
    }
}
