package org.vesnik.core.text;

/**
 * One step of the annotation pipeline: reads the layers it needs from a document and adds its
 * own. Stages are stateless after construction and safe to share between threads.
 */
public interface Stage {

    void annotate(Document document);

    /**
     * Whether the stage only makes sense for Macedonian text (a lexicon, Macedonian rules): the
     * pipeline skips it for a document identified as another language, unless forced.
     */
    default boolean macedonianOnly() {
        return false;
    }
}
