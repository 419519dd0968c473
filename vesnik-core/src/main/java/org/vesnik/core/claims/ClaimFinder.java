package org.vesnik.core.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.time.DateMention;
import org.vesnik.core.view.TokenView;

/**
 * Finds numeric claims: the numbers {@link Quantities} reads, the noun they count
 * ({@code 2.000 севернокорејски војници}), the hedges before them and the sentence's epistemic
 * markers ({@link Qualifiers}), and the claim's source ({@link ClaimSources}: the X of
 * {@code според X}, or the subject of a reporting verb). Numbers inside dates are not claims.
 */
public final class ClaimFinder implements Stage {

    private static final int MAX_MODIFIERS = 3;

    private final ClaimWords words = ClaimWords.instance();
    private final Quantities quantities = new Quantities(words);
    private final Qualifiers qualifiers = new Qualifiers(words);
    private final ClaimSources sources = new ClaimSources(words);

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

    /** The rules that qualify claims and find who states them, in order. */
    public List<Rule<?, ?>> rules() {
        List<Rule<?, ?>> all = new ArrayList<>(qualifiers.rules());
        all.addAll(sources.rules().rules());
        return List.copyOf(all);
    }

    @Override
    public void annotate(Document document) {
        TokenView words = TokenView.of(document);
        List<DateMention> dates = document.has(DateMention.LAYER) ? document.get(DateMention.LAYER) : List.of();
        boolean[] tokenInDate = tokensInDates(words.tokens(), dates);
        List<Claim> claims = new ArrayList<>();
        for (int s = 0; s < words.sentences().size(); s++) {
            Sentence sentence = words.sentences().get(s);
            boolean[] inDate = Arrays.copyOfRange(tokenInDate, sentence.firstToken(), sentence.endToken());
            readSentence(new DatedTokens(words.sentence(s), inDate), sentence, claims);
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

    private void readSentence(DatedTokens view, Sentence sentence, List<Claim> claims) {
        List<Qualifier> epistemic = qualifiers.markers(view);
        int cue = sources.reportingVerb(view);
        Optional<Decided<TextSpan>> source = sources.source(view, cue);
        int i = 0;
        while (i < view.words().size()) {
            Quantities.Quantity quantity = view.inDate(i) ? null : quantities.quantity(view, i);
            if (quantity == null) {
                i++;
                continue;
            }
            Qualifiers.Hedges hedges = qualifiers.hedgesBefore(view, quantity.first());
            int end = quantity.end();
            TextSpan counted = null;
            String countedLemma = null;
            // a percentage or a sum says what it is by its unit
            int noun = quantity.unit() == null ? countedNoun(view, end) : -1;
            if (noun >= 0) {
                counted = view.phrase(end, noun + 1);
                countedLemma = view.words().lemma(noun);
                end = noun + 1;
            }
            claims.add(new Claim(view.phrase(hedges.start(), end), quantity.kind(), quantity.value(), quantity.valueMax(),
                    quantity.vague(), quantity.unit(), counted, countedLemma, hedges.qualifiers(), epistemic,
                    source.map(Decided::value).orElse(null), source.map(Decided::rule).orElse(null),
                    cue >= 0 ? view.phrase(cue, cue + 1) : null, sentence.start(), sentence.end()));
            i = end;
        }
    }

    /** The noun a quantity counts: the next noun, past at most a few adjectives (2.000 севернокорејски војници). */
    private static int countedNoun(DatedTokens view, int from) {
        for (int j = from; j < view.words().size() && j <= from + MAX_MODIFIERS && !view.inDate(j); j++) {
            Upos tag = view.words().tag(j);
            if (tag == Upos.NOUN) {
                return j;
            }
            if (tag != Upos.ADJ) {
                return -1;
            }
        }
        return -1;
    }
}
