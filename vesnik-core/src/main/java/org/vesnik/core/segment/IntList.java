package org.vesnik.core.segment;

import java.util.Arrays;

/** A growable list of ints for the token indexes the tokenizer collects; no boxing. */
final class IntList {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** The values, in the order they were added, in an array of exactly that length. */
    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
