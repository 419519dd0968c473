package org.vesnik.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page (a paragraph, a heading, a list item,
 * the text of a cell), with how much of it is link text.
 *
 * @param owner     the innermost block element the text stands in
 * @param text      the text, spaces collapsed, line breaks of {@code <br>} kept
 * @param chars     its non-space characters
 * @param linkChars its non-space characters inside links
 */
record TextBlock(Element owner, String text, int chars, int linkChars) {

    /** The share of the block's characters that are link text. */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
