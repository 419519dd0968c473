package org.vesnik.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.view.SentenceTokens;
import org.vesnik.core.view.TokenView;

/**
 * Finds dates and times: absolute ({@code 3 септември 2025}, {@code 03.09.2025},
 * {@code мај 2000 година}, {@code 2025 година}, {@code 12:30}) and relative ({@code вчера},
 * {@code во среда}, {@code минатиот петок}, {@code оваа недела}, {@code минатата година},
 * {@code лани}), and resolves them against the article's date: the {@link #ARTICLE_DATE} layer
 * if the document has one, else the date the tagger was built with. Without a date, relative
 * expressions are reported unresolved. A weekday without a modifier is the last such day up to
 * the article's date, or the next one from it when the sentence speaks of the future (ќе).
 */
public final class DateTagger implements Stage {

    /** The date the article was written, when the caller knows it (from metadata). */
    public static final Layer<LocalDate> ARTICLE_DATE = Layer.named("articleDate");

    private final DateRules rules = new DateRules(TimeWords.instance());
    private final FunctionWords functionWords = FunctionWords.macedonian();
    private final LocalDate defaultAnchor;

    /** Resolves against {@code articleDate} (null: unknown) unless a document has its own. */
    public DateTagger(LocalDate articleDate) {
        this.defaultAnchor = articleDate;
    }

    @Override
    public List<Layer<?>> needs() {
        return TokenView.LAYERS;
    }

    @Override
    public List<Layer<?>> uses() {
        return List.of(ARTICLE_DATE);
    }

    @Override
    public List<Layer<?>> adds() {
        return List.of(DateMention.LAYER);
    }

    @Override
    public boolean macedonianOnly() {
        return true;
    }

    /** The rules that find and resolve dates and times, in order. */
    public List<Rule<?, ?>> rules() {
        return List.copyOf(rules.rules().rules());
    }

    @Override
    public void annotate(Document document) {
        LocalDate anchor = document.has(ARTICLE_DATE) ? document.get(ARTICLE_DATE) : defaultAnchor;
        TokenView view = TokenView.of(document);
        List<DateMention> mentions = new ArrayList<>();
        for (int s = 0; s < view.sentences().size(); s++) {
            SentenceTokens words = view.sentence(s);
            boolean future = speaksOfFuture(words);
            int i = 0;
            while (i < words.size()) {
                Optional<Decided<DateRules.Match>> found = rules.mayStartAt(words, i)
                        ? rules.rules().decide(new DateRules.At(words, i, anchor, future)) : Optional.empty();
                if (found.isEmpty()) {
                    i++;
                    continue;
                }
                DateRules.Match match = found.get().value();
                TextSpan span = words.words(match.first(), match.end());
                mentions.add(new DateMention(span.span(), span.text(), match.kind(), match.value(), match.resolved(), found.get().rule()));
                i = match.end();
            }
        }
        document.add(DateMention.LAYER, List.copyOf(mentions));
    }

    /** Whether the sentence speaks of the future (ќе). */
    private boolean speaksOfFuture(SentenceTokens words) {
        for (int i = 0; i < words.size(); i++) {
            if (functionWords.isFuture(words.form(i))) {
                return true;
            }
        }
        return false;
    }
}
