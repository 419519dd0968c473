package org.vesnik.core.ner;

/** A name found in a sentence: its words [from, to), its type, and its gazetteer entity when known. */
record FoundName(int from, int to, EntityType type, Entity known) {
}
