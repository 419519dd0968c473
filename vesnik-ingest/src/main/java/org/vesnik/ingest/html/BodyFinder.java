package org.vesnik.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element of a cleaned page that holds its article, and reads the article's
 * paragraphs from it. Every text block scores its characters less its link characters, and a
 * block that is nearly all link, or stands in a teaser card, counts against the element holding
 * it; the element with the highest total wins, with a bonus for a name templates give article
 * bodies. Of its blocks, link lists, interface labels, date lines, the headline, the lead and the
 * article's header (title, standfirst, byline) are left out, and so is a box that a "related
 * news" heading opens.
 */
final class BodyFinder {

    /** Above this share of link text a short block is a link list, not a paragraph. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A long block may have more links: a news digest links most of its sentences. */
    private static final double MAX_LINK_DENSITY_LONG = 0.7;
    private static final int LONG_BLOCK = 100;
    /** A block this much link is a menu item or a headline link. */
    private static final double LINK_BLOCK = 0.8;
    private static final double CONTENT_NAME_BONUS = 1.5;
    /** Below this many characters a block that ends no sentence is a label, not text. */
    private static final int SHORT_LINE = 50;
    /** A line with a date up to this long that ends no sentence is a byline or meta line. */
    private static final int DATE_LINE = 120;
    private static final int MIN_STORY_ITEMS = 3;
    private static final int MAX_STORY_ITEM_CHARS = 100;
    private static final double STORY_LIST_LINK_DENSITY = 0.3;
    /** Items and cells are short by nature: a data table or a list in the article is text. */
    private static final Set<String> LIST_OR_CELL = Set.of("li", "td", "th", "dd", "dt");
    /** A box opened by a "related" heading holds at most this share of the article's container. */
    private static final double MAX_BOX_SHARE = 0.25;
    /** A lead is a sentence or two; a longer element named so is the body's own wrapper. */
    private static final int MAX_LEAD_CHARS = 600;
    private static final int MIN_LEAD_CHARS = 30;
    /** How far up from a block above the body a lead's name is looked for. */
    private static final int LEAD_NAME_LEVELS = 3;
    /** How many blocks above the article's first paragraph its headline may stand (byline, date, lead, share bar). */
    private static final int HEADLINE_REACH = 30;
    /** Without a headline, how many blocks above the first paragraph may hold its byline and date. */
    private static final int PREAMBLE_REACH = 10;

    private final PageVocabulary vocabulary;
    private final DateReader dates;

    BodyFinder(PageVocabulary vocabulary, DateReader dates) {
        this.vocabulary = vocabulary;
        this.dates = dates;
    }

    /**
     * What the finder found: the article's paragraphs; the headline the page shows above them
     * (the nearest {@code h1} before the first paragraph), when there is one; the lines between
     * the headline and the first paragraph, where pages show the byline and the date; and the
     * lead, an element named so in the article or among those lines.
     */
    record Body(List<String> paragraphs, Optional<String> headline, List<String> preamble, Optional<String> lead) {
    }

    /** The article's paragraphs, without the title when a block repeats it, and its shown headline. */
    Body find(Element body, Optional<String> title) {
        BlockReader.Blocks blocks = BlockReader.read(body);
        boolean[] teaser = TeaserCards.find(body, blocks);
        boolean[] left = teaser.clone();
        Element container = container(body, blocks, teaser);
        List<TextBlock> list = blocks.list();
        long[] chars = charPrefix(list);
        long[] links = linkPrefix(list);
        long whole = charsIn(container, blocks, chars);
        // ranges to leave out are counted in a difference array: nested ones cost no more than one
        int[] cover = new int[list.size() + 1];
        Optional<String> lead = Optional.empty();
        for (Element e : container.getAllElements()) {
            boolean isLead = e != container && vocabulary.namesLead(e) && isLeadSized(charsIn(e, blocks, chars), whole);
            if (isLead && lead.isEmpty() && charsIn(e, blocks, chars) >= MIN_LEAD_CHARS) {
                lead = Optional.of(textOf(blocks.of(e)));
            }
            boolean leave = isLead || e.normalName().equals("header")
                    || (e.normalName().equals("ul") || e.normalName().equals("ol")) && isStoryList(e, blocks, chars, links);
            if (leave) {
                int[] range = blocks.ranges().get(e);
                cover[range[0]]++;
                cover[range[1]]--;
            }
        }
        int covered = 0;
        for (int i = 0; i < list.size(); i++) {
            covered += cover[i];
            left[i] |= covered > 0;
        }
        String titleKey = title.map(TitleCleaner::key).orElse("");
        for (int i = 0; i < list.size(); i++) {
            left[i] |= !titleKey.isEmpty() && TitleCleaner.key(list.get(i).text()).equals(titleKey);
        }
        return paragraphs(container, blocks, left, teaser, lead);
    }

    /** The element with the highest total block score. */
    private Element container(Element body, BlockReader.Blocks blocks, boolean[] teaser) {
        List<TextBlock> list = blocks.list();
        long[] prefix = new long[list.size() + 1];
        for (int i = 0; i < list.size(); i++) {
            prefix[i + 1] = prefix[i] + (teaser[i] ? -list.get(i).chars() : score(list.get(i)));
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : body.getAllElements()) {
            int[] range = blocks.ranges().get(e);
            if (range == null || range[0] == range[1]) {
                continue;
            }
            double s = prefix[range[1]] - prefix[range[0]];
            if (s > 0 && vocabulary.namesContent(e)) {
                s *= CONTENT_NAME_BONUS;
            }
            // on a tie the inner element wins: what the outer one adds scores nothing
            if (s >= bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    private Body paragraphs(Element container, BlockReader.Blocks blocks, boolean[] left, boolean[] teaser,
                            Optional<String> leadInside) {
        List<TextBlock> list = blocks.list();
        int[] range = blocks.ranges().get(container);
        long[] chars = charPrefix(list);
        List<String> paragraphs = new ArrayList<>();
        int first = -1;
        for (int i = range[0]; i < range[1]; i++) {
            TextBlock b = list.get(i);
            if (left[i] || isLinkList(b) || vocabulary.isInterfaceLine(b.text()) || b.owner().normalName().equals("h1")
                    || isEscapedMarkup(b.text()) || isDateLine(b)) {
                continue;
            }
            if (vocabulary.opensAfterArticle(b.text())) {
                int[] box = blocks.ranges().get(boxOf(b.owner(), container, blocks, chars));
                if (box[1] - box[0] > 1) {
                    i = box[1] - 1;
                    continue;
                }
                // a heading alone in the flow opens the rest, when the rest is the smaller part
                if (chars[range[1]] - chars[i] < chars[i] - chars[range[0]]) {
                    break;
                }
                continue;
            }
            if (first < 0 && (b.chars() >= SHORT_LINE || endsSentence(b.text()))) {
                first = i;
            }
            paragraphs.add(b.text());
        }
        if (first < 0) {
            return new Body(paragraphs, Optional.empty(), List.of(), leadInside);
        }
        // first is the first block that reads as a sentence: a byline kept above it is preamble too
        int headline = headlineBefore(first, list);
        Optional<String> shown = headline < 0 || teaser[headline] ? Optional.empty()
                : Optional.of(list.get(headline).text().replace('\n', ' '));
        List<String> preamble = new ArrayList<>();
        Optional<String> lead = leadInside;
        for (int i = headline < 0 ? Math.max(0, first - PREAMBLE_REACH) : headline + 1; i < first; i++) {
            TextBlock b = list.get(i);
            preamble.add(b.text());
            if (lead.isEmpty() && b.chars() >= MIN_LEAD_CHARS && b.chars() <= MAX_LEAD_CHARS && namedLead(b.owner())) {
                lead = Optional.of(b.text().replace('\n', ' '));
            }
        }
        return new Body(paragraphs, shown, preamble, lead);
    }

    /** Whether the element, or one of the few around it, is named a lead (a standfirst above the body). */
    private boolean namedLead(Element e) {
        Element a = e;
        for (int level = 0; a != null && level < LEAD_NAME_LEVELS; level++, a = a.parent()) {
            if (vocabulary.namesLead(a)) {
                return true;
            }
        }
        return false;
    }

    private static String textOf(List<TextBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : blocks) {
            sb.append(sb.length() == 0 ? "" : " ").append(b.text().replace('\n', ' '));
        }
        return sb.toString();
    }

    /** The block of the nearest h1 above the article's first paragraph, or -1. */
    private static int headlineBefore(int first, List<TextBlock> list) {
        for (int i = first - 1; i >= Math.max(0, first - HEADLINE_REACH); i--) {
            Element owner = list.get(i).owner();
            if (owner.normalName().equals("h1") || owner.parent() != null && owner.parent().normalName().equals("h1")) {
                return i;
            }
        }
        return -1;
    }

    /** The largest element around a heading, inside the container, that holds little of its text. */
    private static Element boxOf(Element heading, Element container, BlockReader.Blocks blocks, long[] chars) {
        long limit = (long) (MAX_BOX_SHARE * charsIn(container, blocks, chars));
        Element box = heading;
        while (box.parent() != null && box.parent() != container && charsIn(box.parent(), blocks, chars) <= limit) {
            box = box.parent();
        }
        return box;
    }

    private static long[] charPrefix(List<TextBlock> list) {
        long[] chars = new long[list.size() + 1];
        for (int i = 0; i < list.size(); i++) {
            chars[i + 1] = chars[i] + list.get(i).chars();
        }
        return chars;
    }

    private static long[] linkPrefix(List<TextBlock> list) {
        long[] links = new long[list.size() + 1];
        for (int i = 0; i < list.size(); i++) {
            links[i + 1] = links[i] + list.get(i).linkChars();
        }
        return links;
    }

    private static long charsIn(Element e, BlockReader.Blocks blocks, long[] chars) {
        int[] range = blocks.ranges().get(e);
        return chars[range[1]] - chars[range[0]];
    }

    /** A lead is a sentence or two, and a small part of the article; a longer element so named wraps the body. */
    private static boolean isLeadSized(long size, long whole) {
        return size <= MAX_LEAD_CHARS && size <= MAX_BOX_SHARE * whole;
    }

    /**
     * A line that gives a date and ends no sentence, no heading: a byline or meta line
     * ({@code Објавено: 21.02.2026 12:30}, {@code New Delhi, Bureau | Updated: 19 November 2019}).
     */
    private boolean isDateLine(TextBlock b) {
        return b.chars() <= DATE_LINE && !endsSentence(b.text()) && !b.owner().normalName().matches("h[1-6]")
                && dates.text(b.text(), Optional.empty()).isPresent();
    }

    /**
     * A list of other stories: three or more short items, each with a link, links making a good
     * part of the text (More Great Stories: <a>headline</a>, with a word or two beside it).
     */
    private static boolean isStoryList(Element list, BlockReader.Blocks blocks, long[] chars, long[] links) {
        List<Element> items = list.children().stream().filter(e -> e.normalName().equals("li")).toList();
        if (items.size() < MIN_STORY_ITEMS) {
            return false;
        }
        long allChars = 0;
        long allLinks = 0;
        for (Element item : items) {
            long c = charsIn(item, blocks, chars);
            long l = charsIn(item, blocks, links);
            if (l == 0 || c > MAX_STORY_ITEM_CHARS) {
                return false;
            }
            allChars += c;
            allLinks += l;
        }
        return allLinks >= STORY_LIST_LINK_DENSITY * allChars;
    }

    /** Markup shown as text ({@code &lt;img src=…&gt;}), which a broken template leaves in the page. */
    private static boolean isEscapedMarkup(String text) {
        return text.startsWith("<") && text.endsWith(">");
    }

    private static boolean isLinkList(TextBlock b) {
        return b.linkDensity() > (b.chars() >= LONG_BLOCK ? MAX_LINK_DENSITY_LONG : MAX_LINK_DENSITY);
    }

    private static long score(TextBlock b) {
        if (b.linkDensity() >= LINK_BLOCK) {
            return -b.chars();
        }
        // a short line that is no sentence (a label, a logo, a copyright) counts against its box
        if (b.chars() < SHORT_LINE && !endsSentence(b.text()) && !LIST_OR_CELL.contains(b.owner().normalName())) {
            return -b.chars() / 2;
        }
        return b.chars() - b.linkChars() - b.linkChars() / 2;
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"“”»'’)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }
}
