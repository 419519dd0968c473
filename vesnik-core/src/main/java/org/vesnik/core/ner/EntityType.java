package org.vesnik.core.ner;

/** Named-entity types, as in CoNLL-2003. */
public enum EntityType {
    PER, ORG, LOC, MISC
}
