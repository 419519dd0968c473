package org.vesnik.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds teaser cards: the repeated boxes of "more stories", "most read" and front-page lists,
 * each a linked headline with a short excerpt. An excerpt reads like a paragraph, so without
 * this a wrapper holding the article and a list of teasers would outscore the article itself.
 * A card is one of at least three siblings of the same tag and class, holding a block that is
 * all link (the headline, or "Read more") and at least one other block, and little text.
 */
final class TeaserCards {

    private static final Set<String> CARD_TAGS = Set.of("li", "article", "div", "section", "figure", "dd");
    private static final int MIN_SIBLINGS = 3;
    private static final int MAX_CARD_CHARS = 600;
    private static final int MAX_CARD_BLOCKS = 8;
    private static final double HEADLINE_LINK_DENSITY = 0.8;
    private static final int MIN_HEADLINE_CHARS = 8;

    private TeaserCards() {
    }

    /** Marks, for each block of the page, whether it stands in a teaser card. */
    static boolean[] find(Element root, BlockReader.Blocks blocks) {
        boolean[] teaser = new boolean[blocks.list().size()];
        for (Element parent : root.getAllElements()) {
            if (parent.childrenSize() < MIN_SIBLINGS) {
                continue;
            }
            Map<String, List<Element>> groups = new LinkedHashMap<>();
            for (Element child : parent.children()) {
                if (CARD_TAGS.contains(child.normalName())) {
                    groups.computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>()).add(child);
                }
            }
            for (List<Element> group : groups.values()) {
                if (group.size() < MIN_SIBLINGS) {
                    continue;
                }
                List<Element> cards = group.stream().filter(e -> isCard(blocks.of(e))).toList();
                if (cards.size() >= MIN_SIBLINGS && cards.size() * 2 >= group.size()) {
                    for (Element card : cards) {
                        int[] range = blocks.ranges().get(card);
                        for (int i = range[0]; i < range[1]; i++) {
                            teaser[i] = true;
                        }
                    }
                }
            }
        }
        return teaser;
    }

    private static boolean isCard(List<TextBlock> blocks) {
        if (blocks.size() < 2 || blocks.size() > MAX_CARD_BLOCKS) {
            return false;
        }
        int chars = 0;
        boolean headline = false;
        for (TextBlock b : blocks) {
            chars += b.chars();
            headline |= b.linkDensity() >= HEADLINE_LINK_DENSITY && b.chars() >= MIN_HEADLINE_CHARS;
        }
        return headline && chars <= MAX_CARD_CHARS;
    }
}
