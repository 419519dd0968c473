package org.vesnik.core.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.lang.Ordinals;

/**
 * Reads the number a claim states: digits ({@code 2.000}, {@code 3,5}, {@code 5-7},
 * {@code 26-ти}) or words ({@code две илјади}, {@code дваесет и пет}, {@code илјадници}), with a
 * multiplier ({@code 5 милиони}), a range ({@code од 5 до 7}), and a unit ({@code 5 %},
 * {@code 1.000 денари}, {@code €}).
 */
final class Quantities {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:,\\d+)?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)-?" + Ordinals.endingsPattern());
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:,\\d+)?)[-–](\\d+(?:,\\d+)?)");

    /** A number as written: its tokens {@code [first, end)}, kind, value (and upper value of a range), vagueness and unit. */
    record Quantity(int first, int end, String kind, double value, Double valueMax, boolean vague, String unit) {
    }

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    private final ClaimWords words;

    Quantities(ClaimWords words) {
        this.words = words;
    }

    /** The quantity starting at token {@code i}, or null. */
    Quantity quantity(DatedTokens view, int i) {
        ClaimWords.Unit sign = words.units.get(view.words().form(i));
        if (sign != null && sign.kind().equals("money") && i + 1 < view.words().size() && view.isNumber(i + 1)) {
            Quantity number = digits(view, i + 1);
            return number == null ? null
                    : new Quantity(i, number.end(), "money", number.value(), number.valueMax(), false, sign.code());
        }
        if (view.isNumber(i)) {
            return digits(view, i);
        }
        ClaimWords.NumberWord word = words.numberWords.get(view.words().form(i));
        if (word != null && !view.inDate(i)) {
            return numberWords(view, i);
        }
        return null;
    }

    private Quantity digits(DatedTokens view, int i) {
        String form = view.words().form(i);
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
        ClaimWords.NumberWord multiplier = end < view.words().size() ? words.numberWords.get(view.words().form(end)) : null;
        if (multiplier != null && multiplier.mode().equals("multiply")) {
            value *= multiplier.value();
            max = max == null ? null : max * multiplier.value();
            end++;
        }
        int first = i;
        if (i > 0 && FUNCTION_WORDS.isRangeStart(view.words().form(i - 1)) && end + 1 < view.words().size() && FUNCTION_WORDS.isRangeEnd(view.words().form(end))
                && view.isNumber(end + 1)) {
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
    private Quantity withUnit(DatedTokens view, Quantity quantity) {
        int end = quantity.end();
        ClaimWords.Unit unit = end < view.words().size() ? words.units.get(view.words().form(end)) : null;
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
    private Quantity numberWords(DatedTokens view, int i) {
        long total = 0;
        long current = 0;
        boolean vague = false;
        int j = i;
        while (j < view.words().size()) {
            ClaimWords.NumberWord word = words.numberWords.get(view.words().form(j));
            if (word == null && FUNCTION_WORDS.isAnd(view.words().form(j)) && j > i && j + 1 < view.words().size()
                    && words.numberWords.containsKey(view.words().form(j + 1))) {
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
}
