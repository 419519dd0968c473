package org.vesnik.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from a parsed page's body what is never article text: scripts, styles, embedded media,
 * form controls, hidden elements, and the parts templates mark as navigation, footers, sidebars,
 * sharing, comments or related stories (by tag, ARIA role, or class and id words). A part that
 * holds most of the page's text is kept whatever its name, since some templates wrap the whole
 * page in a form or a "content-with-sidebar" box.
 */
final class PageCleaner {

    /** Elements whose content is never text a reader sees as the article. */
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "applet", "audio", "video", "map", "link", "meta", "button", "input", "select", "option",
            "textarea", "datalist", "dialog", "picture", "source", "figcaption");

    /** Elements that hold page furniture, unless they hold most of the text. */
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "form", "menu", "figure");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "toolbar",
            "dialog", "alertdialog", "tooltip");

    /** An element holding this share of the page's prose, in several paragraphs, wraps the article. */
    private static final double WRAPPER_SHARE = 0.5;
    private static final int WRAPPER_PARAGRAPHS = 3;

    private final PageVocabulary vocabulary;

    PageCleaner(PageVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void clean(Element body) {
        removeWhere(body, e -> NEVER_TEXT.contains(e.normalName()) || isHidden(e));
        Prose prose = new Prose(BlockReader.read(body));
        long total = Math.max(1, prose.in(body));
        removeWhere(body, e -> e != body && isFurniture(e) && !prose.isWrapper(e, total));
    }

    /**
     * Removes the elements the test accepts, outermost first, each leaving a space behind, so
     * that the words on either side of a removed box are not glued into one.
     */
    private static void removeWhere(Element root, Predicate<Element> test) {
        List<Element> removed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && test.test(e)) {
                    removed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : removed) {
            e.replaceWith(new TextNode(" "));
        }
    }

    private boolean isFurniture(Element e) {
        return FURNITURE.contains(e.normalName())
                || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                || vocabulary.namesBoilerplate(e) && !vocabulary.namesContent(e);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * How much prose each element holds: the characters of its blocks that read as paragraphs
     * (long enough, few links), so that link lists and teasers do not make a wrapper look small.
     */
    private static final class Prose {

        private static final int MIN_CHARS = 50;
        private static final double MAX_LINK_DENSITY = 0.3;

        private final BlockReader.Blocks blocks;
        private final long[] prefix;
        private final int[] paragraphs;

        Prose(BlockReader.Blocks blocks) {
            this.blocks = blocks;
            List<TextBlock> list = blocks.list();
            prefix = new long[list.size() + 1];
            paragraphs = new int[list.size() + 1];
            // a page of short lines only has no paragraphs: then all text counts
            boolean any = list.stream().anyMatch(Prose::isParagraph);
            for (int i = 0; i < list.size(); i++) {
                TextBlock b = list.get(i);
                boolean counts = !any || isParagraph(b);
                prefix[i + 1] = prefix[i] + (counts ? b.chars() : 0);
                paragraphs[i + 1] = paragraphs[i] + (counts ? 1 : 0);
            }
        }

        boolean isWrapper(Element e, long total) {
            int[] range = blocks.ranges().get(e);
            return range != null && in(e) >= WRAPPER_SHARE * total
                    && paragraphs[range[1]] - paragraphs[range[0]] >= WRAPPER_PARAGRAPHS;
        }

        private static boolean isParagraph(TextBlock b) {
            return b.chars() >= MIN_CHARS && b.linkDensity() <= MAX_LINK_DENSITY;
        }

        long in(Element e) {
            int[] range = blocks.ranges().get(e);
            return range == null ? 0 : prefix[range[1]] - prefix[range[0]];
        }
    }
}
