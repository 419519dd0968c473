package org.vesnik.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vesnik.core.translit.RomanizationSystem;
import org.vesnik.core.translit.Romanizer;

/**
 * Takes the site's name off a page title ({@code Владата усвои буџет | МИА},
 * {@code Сител - Владата усвои буџет}): a first or last part the separators cut off is the
 * site's when the page shows the rest as its headline, or when it names the outlet the page
 * gives, or its host ({@code МИА} on {@code mia.mk}, compared in Latin letters). Without such evidence only a short last part
 * after a {@code |} is taken off, as headlines seldom hold that sign.
 */
final class TitleCleaner {

    /** The title without the site's name, and the name taken off, when one was. */
    record Cleaned(String title, Optional<String> siteName) {
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[-–—|·•»/]|::|//)\\s+|\\s*\\|\\s*");
    private static final int SHORT_PART_WORDS = 4;
    private static final Romanizer LATIN = Romanizer.of(RomanizationSystem.ASCII);

    private TitleCleaner() {
    }

    /**
     * @param title    the title as the page gives it
     * @param names    what the page calls its outlet, and its host name
     * @param headlines what the page may show its headline in (its {@code h1}, an element named a title)
     */
    static Cleaned clean(String title, List<String> names, List<String> headlines) {
        String t = title.strip().replaceAll("\\s+", " ");
        List<String> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        int at = 0;
        while (m.find()) {
            parts.add(t.substring(at, m.start()));
            separators.add(m.group().strip());
            at = m.end();
        }
        parts.add(t.substring(at));
        if (parts.size() < 2 || parts.stream().anyMatch(String::isBlank)) {
            return new Cleaned(t, Optional.empty());
        }
        // the headline is the title but for a first or a last part; a logo in a heading can make
        // the site's name look like a headline too, so the longer of two such readings wins
        Optional<Cleaned> shown = Optional.empty();
        for (int[] cut : new int[][] {{0, parts.size() - 1}, {1, parts.size()}}) {
            String kept = joined(parts, separators, cut[0], cut[1]);
            String k = key(kept);
            if (!k.isEmpty() && headlines.stream().anyMatch(h -> key(h).equals(k))
                    && (shown.isEmpty() || kept.length() > shown.get().title().length())) {
                shown = Optional.of(new Cleaned(kept, Optional.of(cut[0] > 0 ? parts.get(0) : parts.get(parts.size() - 1))));
            }
        }
        if (shown.isPresent()) {
            return shown.get();
        }
        String last = parts.get(parts.size() - 1);
        if (namesOutlet(last, names)) {
            return new Cleaned(joined(parts, separators, 0, parts.size() - 1), Optional.of(last));
        }
        String first = parts.get(0);
        if (namesOutlet(first, names)) {
            return new Cleaned(joined(parts, separators, 1, parts.size()), Optional.of(first));
        }
        String rest = joined(parts, separators, 0, parts.size() - 1);
        if (separators.get(separators.size() - 1).equals("|") && words(last) <= SHORT_PART_WORDS && rest.length() >= last.length()) {
            return new Cleaned(rest, Optional.of(last));
        }
        return new Cleaned(t, Optional.empty());
    }

    private static String joined(List<String> parts, List<String> separators, int from, int to) {
        StringBuilder sb = new StringBuilder(parts.get(from));
        for (int i = from + 1; i < to; i++) {
            String sep = separators.get(i - 1);
            sb.append(sep.equals("|") ? " | " : " " + sep + " ").append(parts.get(i));
        }
        return sb.toString();
    }

    private static boolean namesOutlet(String part, List<String> names) {
        String p = key(part);
        if (p.isEmpty()) {
            return false;
        }
        for (String name : names) {
            String n = key(name);
            if (!n.isEmpty() && (p.equals(n) || p.contains(n) && n.length() >= 3 || n.contains(p) && p.length() >= 3)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, in lower-case Latin: МИА, Mia and mia.mk's "mia" compare equal. */
    static String key(String s) {
        String latin = LATIN.romanize(s).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
