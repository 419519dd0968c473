package org.vesnik.core.ner;

import java.util.Set;

/**
 * Words of the names read so far in a document: every name word (a name at a sentence's start
 * too), and the words of people's full names (a later Ким is the person Ким Џонг Ун).
 */
record SeenNames(Set<String> nameWords, Set<String> personWords) {
}
