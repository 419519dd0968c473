package org.vesnik.core.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;

/**
 * What qualifies a claim: the hedges right before its quantity ({@code околу}, {@code уште},
 * {@code повеќе од}: hedges.tsv) and the epistemic markers of its sentence ({@code се верува дека}:
 * epistemic-markers.tsv), each rule finding the longest phrase of its list.
 */
final class Qualifiers {

    /** Token {@code i} of a sentence: where a phrase ends (hedges) or starts (markers). */
    record At(DatedTokens view, int i) {
    }

    /** The hedges before a quantity, nearest last (уште околу 2.000 has two), and the token they start at. */
    record Hedges(List<Qualifier> qualifiers, int start) {
    }

    private final Rule<At, ClaimWords.PhraseMeaning> hedge;
    private final Rule<At, ClaimWords.PhraseMeaning> marker;
    /** The first words of the markers: a marker is only looked for where one stands. */
    private final Set<String> markerStarts = new HashSet<>();
    private final RuleBook book = RuleBook.load(Qualifiers.class);

    Qualifiers(ClaimWords words) {
        this.hedge = book.rule("hedge-before-quantity", "a phrase of hedges.tsv right before the quantity, or before another hedge",
                "its meaning: approximately, more-than, additional …", at -> endingAt(at, words.hedges));
        words.epistemic.forEach(phrase -> markerStarts.add(phrase.words()[0]));
        this.marker = book.rule("epistemic-marker", "a phrase of epistemic-markers.tsv anywhere in the claim's sentence",
                "its meaning: belief, estimate, hearsay …", at -> startingAt(at, words.epistemic));
    }

    List<Rule<?, ?>> rules() {
        return List.of(hedge, marker);
    }

    /** The hedges right before the quantity that starts at token {@code first}: two at most. */
    Hedges hedgesBefore(DatedTokens view, int first) {
        List<Qualifier> found = new ArrayList<>();
        int start = first;
        for (int round = 0; round < 2; round++) {
            Optional<ClaimWords.PhraseMeaning> phrase = hedge.apply(new At(view, start));
            if (phrase.isEmpty()) {
                break;
            }
            int end = start;
            start -= phrase.get().words().length;
            found.add(0, new Qualifier(view.phrase(start, end), phrase.get().meaning(), hedge.name()));
        }
        return new Hedges(found, start);
    }

    /** The epistemic markers of the sentence, in order, none overlapping. */
    List<Qualifier> markers(DatedTokens view) {
        List<Qualifier> found = new ArrayList<>();
        int i = 0;
        while (i < view.words().size()) {
            Optional<ClaimWords.PhraseMeaning> phrase = markerStarts.contains(view.words().form(i))
                    ? marker.apply(new At(view, i)) : Optional.empty();
            if (phrase.isEmpty()) {
                i++;
            } else {
                found.add(new Qualifier(view.phrase(i, i + phrase.get().words().length), phrase.get().meaning(), marker.name()));
                i += phrase.get().words().length;
            }
        }
        return found;
    }

    /** The longest phrase of {@code phrases} (sorted longest first) that ends right before token {@code at.i}. */
    private static Optional<ClaimWords.PhraseMeaning> endingAt(At at, List<ClaimWords.PhraseMeaning> phrases) {
        for (ClaimWords.PhraseMeaning phrase : phrases) {
            int start = at.i() - phrase.words().length;
            if (start >= 0 && matches(at.view(), phrase.words(), start)) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /** The longest phrase of {@code phrases} (sorted longest first) that starts at token {@code at.i}. */
    private static Optional<ClaimWords.PhraseMeaning> startingAt(At at, List<ClaimWords.PhraseMeaning> phrases) {
        for (ClaimWords.PhraseMeaning phrase : phrases) {
            if (at.i() + phrase.words().length <= at.view().words().size() && matches(at.view(), phrase.words(), at.i())) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(DatedTokens view, String[] phrase, int start) {
        for (int k = 0; k < phrase.length; k++) {
            if (!view.words().form(start + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
