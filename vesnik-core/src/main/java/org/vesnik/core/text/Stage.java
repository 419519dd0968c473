package org.vesnik.core.text;

/**
 * One step of the annotation pipeline: reads the layers it needs from a document and adds its
 * own. Stages are stateless after construction and safe to share between threads.
 */
public interface Stage {

    void annotate(Document document);
}
