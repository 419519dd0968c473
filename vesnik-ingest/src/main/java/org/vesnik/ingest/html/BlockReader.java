package org.vesnik.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a cleaned page into {@link TextBlock}s in document order, and remembers which blocks each
 * element holds (a contiguous range), so any element's totals are two look-ups. One iterative
 * pass: nesting depth costs no stack.
 */
final class BlockReader {

    /** Elements that flow inside a line; any other element, custom ones included, breaks it. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
            "font", "i", "img", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
            "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "label", "output", "meter", "progress");

    /** The blocks of a page and, for every element, the range of blocks it holds. */
    record Blocks(List<TextBlock> list, Map<Element, int[]> ranges) {

        /** The blocks the element holds, in order. */
        List<TextBlock> of(Element element) {
            int[] range = ranges.get(element);
            return range == null ? List.of() : list.subList(range[0], range[1]);
        }
    }

    static Blocks read(Element root) {
        List<TextBlock> blocks = new ArrayList<>();
        Map<Element, int[]> ranges = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final List<Element> owners = new ArrayList<>();
            private final StringBuilder text = new StringBuilder();
            private int chars;
            private int linkChars;
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("br")) {
                        // a blank line (<br><br>) ends a paragraph, a single break only a line
                        if (chars > 0 && endsWithLineBreak(text)) {
                            flush();
                        } else {
                            text.append('\n');
                        }
                    } else if (name.equals("a")) {
                        linkDepth++;
                    } else if (!INLINE.contains(name)) {
                        flush();
                        owners.add(e);
                    }
                    ranges.put(e, new int[] {blocks.size(), -1});
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("a")) {
                        linkDepth--;
                    } else if (!name.equals("br") && !INLINE.contains(name)) {
                        flush();
                        owners.remove(owners.size() - 1);
                    }
                    int[] range = ranges.get(e);
                    range[1] = blocks.size();
                }
            }

            private void append(String s) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\u00AD' || c == '\u200B' || Character.isISOControl(c) && !Character.isWhitespace(c)) {
                        // soft hyphens, zero-width spaces and control characters (&#0;) show nothing
                        continue;
                    }
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
                            text.append(' ');
                        }
                    } else {
                        text.append(c);
                        chars++;
                        if (linkDepth > 0) {
                            linkChars++;
                        }
                    }
                }
            }

            private void flush() {
                if (chars > 0) {
                    Element owner = owners.isEmpty() ? root : owners.get(owners.size() - 1);
                    blocks.add(new TextBlock(owner, tidy(text), chars, linkChars));
                }
                text.setLength(0);
                chars = 0;
                linkChars = 0;
            }
        }, root);
        return new Blocks(List.copyOf(blocks), ranges);
    }

    private static boolean endsWithLineBreak(StringBuilder text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    /** Trims each line and drops empty ones. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }
}
