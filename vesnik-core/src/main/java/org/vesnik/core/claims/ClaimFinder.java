package org.vesnik.core.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;
import org.vesnik.core.time.DateMention;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.view.SentenceTokens;
import org.vesnik.core.view.TokenView;

/**
 * Finds numeric claims: numbers in digits ({@code 2.000}, {@code 3,5}, {@code 5-7},
 * {@code 26-ти}) or words ({@code две илјади}, {@code дваесет и пет}, {@code илјадници}),
 * with a multiplier ({@code 5 милиони}), a range ({@code од 5 до 7}), a unit ({@code 5 %},
 * {@code 1.000 денари}, {@code €}), the noun they count ({@code 2.000 севернокорејски
 * војници}), the hedges before them ({@code околу}, {@code уште}, {@code повеќе од}), the
 * sentence's epistemic markers ({@code се верува дека}) and the claim's source: the X of
 * {@code според X}, or the subject of a reporting verb ({@code Агенцијата … процени}).
 * Numbers inside dates are not claims. Needs the morphology layer for nouns and verbs.
 */
public final class ClaimFinder implements Stage {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:,\\d+)?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)-?(?:ти|ви|ри|ми)");
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:,\\d+)?)[-–](\\d+(?:,\\d+)?)");
    private static final int MAX_SOURCE_WORDS = 10;
    private static final int MAX_MODIFIERS = 3;

    private final ClaimWords words = ClaimWords.instance();

    @Override
    public List<Layer<?>> needs() {
        return TokenView.LAYERS;
    }

    @Override
    public List<Layer<?>> uses() {
        return List.of(DateMention.LAYER);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(Claim.LAYER);
    }

    @Override
    public boolean macedonianOnly() {
        return true;
    }

    /** A sentence being read, and which of its tokens lie inside a date, by position in the sentence. */
    private record View(SentenceTokens words, boolean[] inDate) {

        int size() {
            return words.size();
        }

        String form(int i) {
            return words.form(i);
        }

        Upos tag(int i) {
            return words.tag(i);
        }

        String lemma(int i) {
            return words.lemma(i);
        }

        boolean inDate(int i) {
            return inDate[i];
        }

        boolean isNumber(int i) {
            return words.kind(i) == TokenKind.NUMBER;
        }

        TextSpan phrase(int from, int to) {
            return words.words(from, to);
        }
    }

    private record Quantity(int first, int end, String kind, double value, Double valueMax, boolean vague, String unit) {
    }

    @Override
    public void annotate(Document document) {
        TokenView words = TokenView.of(document);
        TokenList tokens = words.tokens();
        List<DateMention> dates = document.has(DateMention.LAYER) ? document.get(DateMention.LAYER) : List.of();
        boolean[] tokenInDate = tokensInDates(tokens, dates);
        List<Claim> claims = new ArrayList<>();
        for (int s = 0; s < words.sentences().size(); s++) {
            Sentence sentence = words.sentences().get(s);
            boolean[] inDate = Arrays.copyOfRange(tokenInDate, sentence.firstToken(), sentence.endToken());
            readSentence(new View(words.sentence(s), inDate), sentence, claims);
        }
        document.add(Claim.LAYER, List.copyOf(claims));
    }

    /** Which tokens lie inside a date. */
    private static boolean[] tokensInDates(TokenList tokens, List<DateMention> dates) {
        int[] spanOf = tokens.spanOfEachToken(dates.stream().mapToInt(DateMention::start).toArray(),
                dates.stream().mapToInt(DateMention::end).toArray());
        boolean[] inDate = new boolean[spanOf.length];
        for (int t = 0; t < spanOf.length; t++) {
            inDate[t] = spanOf[t] >= 0;
        }
        return inDate;
    }

    private void readSentence(View view, Sentence sentence, List<Claim> claims) {
        List<Qualifier> epistemic = findPhrases(view, words.epistemic);
        int cue = reportingVerb(view);
        TextSpan source = source(view, cue);
        int i = 0;
        while (i < view.size()) {
            Quantity quantity = view.inDate(i) ? null : quantity(view, i);
            if (quantity == null) {
                i++;
                continue;
            }
            Hedges hedges = hedgesBefore(view, quantity.first());
            int start = hedges.start();
            int end = quantity.end();
            TextSpan counted = null;
            String countedLemma = null;
            // a percentage or a sum says what it is by its unit
            int noun = quantity.unit() == null ? countedNoun(view, end) : -1;
            if (noun >= 0) {
                counted = view.phrase(end, noun + 1);
                countedLemma = view.lemma(noun);
                end = noun + 1;
            }
            claims.add(new Claim(view.phrase(start, end), quantity.kind(), quantity.value(), quantity.valueMax(),
                    quantity.vague(), quantity.unit(), counted, countedLemma, hedges.qualifiers(), epistemic, source,
                    cue >= 0 ? view.phrase(cue, cue + 1) : null, sentence.start(), sentence.end()));
            i = end;
        }
    }

    /** The quantity starting at token {@code i}, or null. */
    private Quantity quantity(View view, int i) {
        ClaimWords.Unit sign = words.units.get(view.form(i));
        if (sign != null && sign.kind().equals("money") && i + 1 < view.size() && view.isNumber(i + 1)) {
            Quantity number = digits(view, i + 1);
            return number == null ? null
                    : new Quantity(i, number.end(), "money", number.value(), number.valueMax(), false, sign.code());
        }
        if (view.isNumber(i)) {
            return digits(view, i);
        }
        ClaimWords.NumberWord word = words.numberWords.get(view.form(i));
        if (word != null && !view.inDate(i)) {
            return numberWords(view, i);
        }
        return null;
    }

    private Quantity digits(View view, int i) {
        String form = view.form(i);
        double value;
        Double max = null;
        Matcher ordinal = ORDINAL.matcher(form);
        Matcher range = RANGE.matcher(form);
        if (ordinal.matches()) {
            return new Quantity(i, i + 1, "ordinal", Double.parseDouble(ordinal.group(1)), null, false, null);
        } else if (range.matches()) {
            value = decimal(range.group(1));
            max = decimal(range.group(2));
        } else if (THOUSANDS.matcher(form).matches()) {
            value = Double.parseDouble(form.replace(".", ""));
        } else if (DECIMAL.matcher(form).matches()) {
            value = decimal(form);
        } else {
            return null; // a time, a date, a phone number
        }
        int end = i + 1;
        ClaimWords.NumberWord multiplier = end < view.size() ? words.numberWords.get(view.form(end)) : null;
        if (multiplier != null && multiplier.mode().equals("multiply")) {
            value *= multiplier.value();
            max = max == null ? null : max * multiplier.value();
            end++;
        }
        int first = i;
        if (i > 0 && view.form(i - 1).equals("од") && end + 1 < view.size() && view.form(end).equals("до") && view.isNumber(end + 1)) {
            Quantity upper = digits(view, end + 1);
            if (upper != null && upper.valueMax() == null) {
                first = i - 1; // од 5 до 7
                max = upper.value();
                end = upper.end();
            }
        }
        return withUnit(view, new Quantity(first, end, "count", value, max, false, null));
    }

    /** The quantity with the unit word or sign after it, if there is one: 5 % is a percentage, 1.000 денари money. */
    private Quantity withUnit(View view, Quantity quantity) {
        int end = quantity.end();
        ClaimWords.Unit unit = end < view.size() ? words.units.get(view.form(end)) : null;
        if (unit == null) {
            return quantity;
        }
        return new Quantity(quantity.first(), end + 1, unit.kind(), quantity.value(), quantity.valueMax(),
                quantity.vague(), unit.code());
    }

    private static double decimal(String form) {
        return Double.parseDouble(form.replace(',', '.'));
    }

    /** две илјади, дваесет и пет, илјадници: the words' value; a lone еден/една is an article, not a number. */
    private Quantity numberWords(View view, int i) {
        long total = 0;
        long current = 0;
        boolean vague = false;
        int j = i;
        while (j < view.size()) {
            ClaimWords.NumberWord word = words.numberWords.get(view.form(j));
            if (word == null && view.form(j).equals("и") && j > i && j + 1 < view.size()
                    && words.numberWords.containsKey(view.form(j + 1))) {
                j++;
                continue;
            }
            if (word == null) {
                break;
            }
            switch (word.mode()) {
                case "multiply" -> {
                    total += (current == 0 ? 1 : current) * word.value();
                    current = 0;
                }
                case "vague" -> {
                    vague = true;
                    current += word.value();
                }
                default -> current += word.value();
            }
            j++;
        }
        long value = total + current;
        if (j == i + 1 && value == 1) {
            return null;
        }
        return withUnit(view, new Quantity(i, j, "count", value, null, vague, null));
    }

    /** The hedges right before a quantity, nearest last (уште околу 2.000 has two), and the token they start at. */
    private record Hedges(List<Qualifier> qualifiers, int start) {
    }

    private Hedges hedgesBefore(View view, int first) {
        List<Qualifier> found = new ArrayList<>();
        int start = first;
        for (int round = 0; round < 2; round++) {
            ClaimWords.PhraseMeaning hedge = phraseEndingAt(view, words.hedges, start);
            if (hedge == null) {
                break;
            }
            int end = start;
            start -= hedge.words().length;
            found.add(0, new Qualifier(view.phrase(start, end), hedge.meaning()));
        }
        return new Hedges(found, start);
    }

    /** The longest phrase of {@code phrases} that ends right before token {@code end}, or null. */
    private static ClaimWords.PhraseMeaning phraseEndingAt(View view, List<ClaimWords.PhraseMeaning> phrases, int end) {
        for (ClaimWords.PhraseMeaning phrase : phrases) {
            int start = end - phrase.words().length;
            if (start >= 0 && matches(view, phrase.words(), start)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean matches(View view, String[] phrase, int start) {
        for (int k = 0; k < phrase.length; k++) {
            if (!view.form(start + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static List<Qualifier> findPhrases(View view, List<ClaimWords.PhraseMeaning> phrases) {
        List<Qualifier> found = new ArrayList<>();
        int i = 0;
        while (i < view.size()) {
            ClaimWords.PhraseMeaning match = null;
            for (ClaimWords.PhraseMeaning phrase : phrases) {
                if (i + phrase.words().length <= view.size() && matches(view, phrase.words(), i)) {
                    match = phrase;
                    break; // longest first
                }
            }
            if (match == null) {
                i++;
            } else {
                found.add(new Qualifier(view.phrase(i, i + match.words().length), match.meaning()));
                i += match.words().length;
            }
        }
        return found;
    }

    /** The noun a quantity counts: the next noun, past at most a few adjectives (2.000 севернокорејски војници). */
    private static int countedNoun(View view, int from) {
        for (int j = from; j < view.size() && j <= from + MAX_MODIFIERS && !view.inDate(j); j++) {
            Upos tag = view.tag(j);
            if (tag == Upos.NOUN) {
                return j;
            }
            if (tag != Upos.ADJ) {
                return -1;
            }
        }
        return -1;
    }

    /** The first reporting verb of the sentence (процени, соопшти, изјави), or -1. */
    private int reportingVerb(View view) {
        for (int i = 0; i < view.size(); i++) {
            if ((view.tag(i) == Upos.VERB || view.tag(i) == Upos.AUX) && words.reportingVerbs.contains(view.lemma(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Who states the sentence's claims: the X of {@code според X} (up to a comma), else the
     * subject before the reporting verb (its words from the sentence start, less dates, adverbs
     * and clitics at its end), else the noun phrase after it ({@code соопшти КЦНА}).
     */
    private static TextSpan source(View view, int cue) {
        for (int i = 0; i + 1 < view.size(); i++) {
            if (FunctionWords.macedonian().isAccordingTo(view.form(i))) {
                int end = i + 1;
                while (end < view.size() && end <= i + MAX_SOURCE_WORDS && view.tag(end) != Upos.PUNCT
                        && !view.inDate(end)) {
                    end++;
                }
                return end > i + 1 ? view.phrase(i + 1, end) : null;
            }
        }
        if (cue < 0) {
            return null;
        }
        int start = 0;
        while (start < cue && (view.tag(start) == Upos.CCONJ || view.tag(start) == Upos.PUNCT)) {
            start++;
        }
        int end = cue;
        while (end > start && (view.inDate(end - 1) || isFiller(view.tag(end - 1)))) {
            end--;
        }
        if (end > start && end - start <= MAX_SOURCE_WORDS && hasNoun(view, start, end)) {
            return view.phrase(start, end);
        }
        // inverted: „…“, соопшти КЦНА; објави во четврток агенцијата КЦНА
        int after = cue + 1;
        while (after < view.size() && (view.inDate(after) || view.tag(after) == Upos.ADP)) {
            after++;
        }
        int stop = after;
        while (stop < view.size() && view.tag(stop) != Upos.PUNCT && stop < after + MAX_SOURCE_WORDS
                && view.tag(stop) != Upos.VERB && view.tag(stop) != Upos.SCONJ) {
            stop++;
        }
        return stop > after && hasNoun(view, after, stop) ? view.phrase(after, stop) : null;
    }

    private static boolean isFiller(Upos tag) {
        return tag == Upos.ADV || tag == Upos.PART || tag == Upos.PRON || tag == Upos.PUNCT || tag == Upos.ADP;
    }

    private static boolean hasNoun(View view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.tag(i) == Upos.NOUN || view.tag(i) == Upos.PROPN) {
                return true;
            }
        }
        return false;
    }
}
