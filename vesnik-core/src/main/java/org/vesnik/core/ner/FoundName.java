package org.vesnik.core.ner;

/** A name found in a sentence: its words [from, to), its type, its gazetteer entity when known, and the rule that typed it. */
record FoundName(int from, int to, EntityType type, Entity known, String rule) {
}
