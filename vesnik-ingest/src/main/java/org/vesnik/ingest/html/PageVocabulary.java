package org.vesnik.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.vesnik.core.resources.ResourceFile;
import org.vesnik.core.resources.WordSet;

/**
 * What page templates call their parts, and the lines of their interface, each list in a
 * resource file of this package: the class and id words of boilerplate, of leads, of dates, of
 * bylines and of headlines ({@code *-class-words.txt}, with the modifier words of {@code class-modifier-words.txt}), the names of article-body containers
 * ({@code content-class-names.txt}), interface labels ({@code boilerplate-lines.txt}), the
 * headings that open what follows an article ({@code end-of-article-lines.txt}) and the words
 * that open a byline ({@code byline-prefixes.txt}). Immutable.
 */
final class PageVocabulary {

    private static final WordSet MODIFIERS = WordSet.load(PageVocabulary.class, "class-modifier-words.txt");
    private static final PageVocabulary STANDARD = new PageVocabulary();

    private final ClassWords boilerplateWords = ClassWords.load("boilerplate-class-words.txt");
    private final ClassWords leadWords = ClassWords.load("lead-class-words.txt");
    private final ClassWords dateWords = ClassWords.load("date-class-words.txt");
    private final ClassWords authorWords = ClassWords.load("author-class-words.txt");
    private final ClassWords titleWords = ClassWords.load("title-class-words.txt");
    private final List<String> contentNames = names("content-class-names.txt");
    private final WordSet boilerplateLines = WordSet.load(PageVocabulary.class, "boilerplate-lines.txt");
    private final WordSet endOfArticleLines = WordSet.load(PageVocabulary.class, "end-of-article-lines.txt");
    private final List<String> bylinePrefixes = names("byline-prefixes.txt");

    private PageVocabulary() {
    }

    static PageVocabulary standard() {
        return STANDARD;
    }

    /** Whether a word of the element's class or id names a boilerplate part (share-bar, relatedPosts). */
    boolean namesBoilerplate(Element element) {
        return boilerplateWords.name(element);
    }

    /** Whether the element's class or id names an article's lead (standfirst, article-lead). */
    boolean namesLead(Element element) {
        return leadWords.name(element);
    }

    /** Whether the element's class or id names a date (post-date, published). */
    boolean namesDate(Element element) {
        return dateWords.name(element);
    }

    /** Whether the element's class or id names a byline (author-name, byline). */
    boolean namesAuthor(Element element) {
        return authorWords.name(element);
    }

    /** Whether the element's class or id names a headline (entry-title, naslov). */
    boolean namesTitle(Element element) {
        return titleWords.name(element);
    }

    /** Whether the element's class or id names an article-body container (entry-content, articleBody). */
    boolean namesContent(Element element) {
        return containsName(element.className()) || containsName(element.id());
    }

    /** Whether a block of this text alone is a label of the page's interface (Сподели, Share). */
    boolean isInterfaceLine(String text) {
        return text.length() <= 40 && boilerplateLines.contains(normalizedLine(text));
    }

    /** Whether a block of this text opens what follows the article (Слични новости, Comments). */
    boolean opensAfterArticle(String text) {
        return text.length() <= 40 && endOfArticleLines.contains(normalizedLine(text));
    }

    /** A byline without the word that opens it: "Автор: Ана Петрова" gives "Ана Петрова". */
    String withoutBylinePrefix(String byline) {
        String s = byline.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : bylinePrefixes) {
            if (lower.startsWith(prefix) && s.length() > prefix.length()) {
                char next = s.charAt(prefix.length());
                if (next == ':' || Character.isWhitespace(next)) {
                    return s.substring(prefix.length() + 1).replaceFirst("^[\\s:]+", "");
                }
            }
        }
        return s;
    }

    private boolean containsName(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        String joined = attribute.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (String name : contentNames) {
            if (joined.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A line as the line lists hold it: lower case, spaces collapsed, no count (Коментари (3)), no trailing colon or dots. */
    static String normalizedLine(String text) {
        String s = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replaceFirst("\\s*\\(\\d+\\)$", "");
        while (!s.isEmpty() && ":.…»›>|".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static List<String> names(String file) {
        List<String> names = new ArrayList<>();
        for (ResourceFile.Row row : ResourceFile.load(PageVocabulary.class, file).rows()) {
            names.add(row.first());
        }
        return List.copyOf(names);
    }

    /**
     * Words of class and id names, whole or (written with a final *) as the start of a longer
     * word. A class or id is cut into words at spaces, hyphens, underscores, other signs and
     * lower-to-upper case changes (relatedPosts: related, posts).
     */
    private record ClassWords(Set<String> whole, List<String> prefixes) {

        static ClassWords load(String file) {
            ResourceFile data = ResourceFile.load(PageVocabulary.class, file);
            Set<String> whole = new HashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (ResourceFile.Row row : data.rows()) {
                String word = row.first();
                if (row.columns().size() != 1 || !word.matches("[a-z0-9]+\\*?")) {
                    throw data.error(row, "expected one lower-case word, optionally ending in *");
                }
                boolean prefix = word.endsWith("*");
                String stem = prefix ? word.substring(0, word.length() - 1) : word;
                if (prefix ? prefixes.contains(stem) : !whole.add(stem)) {
                    throw data.error(row, "duplicate word " + word);
                }
                if (prefix) {
                    prefixes.add(stem);
                }
            }
            return new ClassWords(Set.copyOf(whole), List.copyOf(prefixes));
        }

        boolean name(Element element) {
            return any(element.className()) || any(element.id());
        }

        /**
         * Whether a word of the attribute is on the list. The word after a modifier word
         * ({@code has-sidebar}, {@code no-promo}) describes the element's state, not its part,
         * and is not matched.
         */
        private boolean any(String attribute) {
            for (String token : attribute.split("\\s+")) {
                List<String> words = words(token);
                for (int i = 0; i < words.size(); i++) {
                    String word = words.get(i);
                    if (MODIFIERS.contains(word)) {
                        i++;
                    } else if (matches(word)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The words of a class name: cut at signs and at lower-to-upper case changes, in lower case. */
        private static List<String> words(String token) {
            List<String> words = new ArrayList<>();
            int n = token.length();
            int start = -1;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? token.charAt(i) : ' ';
                boolean letter = Character.isLetterOrDigit(c);
                boolean caseChange = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(token.charAt(i - 1));
                if (start >= 0 && (!letter || caseChange)) {
                    words.add(token.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                }
                if (letter && start < 0) {
                    start = i;
                }
            }
            return words;
        }

        boolean matches(String word) {
            if (whole.contains(word)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
