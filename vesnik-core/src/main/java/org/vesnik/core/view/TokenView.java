package org.vesnik.core.view;

import java.util.List;
import java.util.Locale;
import org.vesnik.core.clean.CleanText;
import org.vesnik.core.morph.Analysis;
import org.vesnik.core.morph.Morphology;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.segment.QuotationMarks;
import org.vesnik.core.segment.Sentence;
import org.vesnik.core.segment.TokenKind;
import org.vesnik.core.segment.TokenList;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Span;
import org.vesnik.core.text.TextSpan;
import org.vesnik.core.translit.SpellingKey;

/**
 * A document as the extraction stages read it, by token index: each token's cleaned form as
 * written and in lower case, its spelling key (Latin in Cyrillic), its UPOS tag and lemma, its
 * kind and its sentence; the quotation marks; and the readings of any word from the lexicon the
 * tagger used, a user's lexicon included. Computed once per document and shared; read-only.
 */
public final class TokenView {

    /** The layers a view is made of: a stage that reads the view needs them. */
    public static final List<Layer<?>> LAYERS = List.of(CleanText.LAYER, TokenList.LAYER,
            QuotationMarks.LAYER, Sentence.LAYER, Morphology.LAYER);

    private static final Layer<TokenView> VIEW = Layer.named("tokenView");

    private final Document document;
    private final String clean;
    private final TokenList tokens;
    private final List<Sentence> sentences;
    private final Morphology morphology;
    private final String[] surfaces;
    private final String[] forms;
    private final String[] keys;
    private final String[] lemmas;
    private final Upos[] tags;
    private final int[] sentenceOfToken;

    private TokenView(Document document) {
        this.document = document;
        this.clean = document.get(CleanText.LAYER).text();
        this.tokens = document.get(TokenList.LAYER);
        this.sentences = document.get(Sentence.LAYER);
        this.morphology = document.get(Morphology.LAYER);
        int n = tokens.size();
        surfaces = new String[n];
        forms = new String[n];
        keys = new String[n];
        lemmas = new String[n];
        tags = new Upos[n];
        for (int t = 0; t < n; t++) {
            surfaces[t] = clean.substring(tokens.cleanStart(t), tokens.cleanEnd(t));
            forms[t] = surfaces[t].toLowerCase(Locale.ROOT);
            keys[t] = SpellingKey.of(surfaces[t], forms[t]);
            tags[t] = morphology.upos(t);
            lemmas[t] = morphology.lemma(t).toLowerCase(Locale.ROOT);
        }
        sentenceOfToken = new int[n];
        int t = 0;
        for (int s = 0; s < sentences.size(); s++) {
            for (; t < sentences.get(s).endToken(); t++) {
                sentenceOfToken[t] = s;
            }
        }
        for (; t < n; t++) {
            sentenceOfToken[t] = sentences.size() - 1;
        }
    }

    /** The document's view, computed on first use once its tokens, sentences and morphology exist. */
    public static TokenView of(Document document) {
        return document.derive(VIEW, TokenView::new);
    }

    public Document document() {
        return document;
    }

    /** The cleaned text. */
    public String clean() {
        return clean;
    }

    public TokenList tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public QuotationMarks marks() {
        return document.get(QuotationMarks.LAYER);
    }

    /** The number of tokens. */
    public int size() {
        return forms.length;
    }

    /** Token {@code t}'s cleaned form as written. */
    public String surface(int t) {
        return surfaces[t];
    }

    /** Token {@code t}'s cleaned form in lower case. */
    public String form(int t) {
        return forms[t];
    }

    /** Token {@code t}'s {@link SpellingKey}: in Cyrillic, lower case. */
    public String key(int t) {
        return keys[t];
    }

    public Upos tag(int t) {
        return tags[t];
    }

    /** Token {@code t}'s lemma in lower case. */
    public String lemma(int t) {
        return lemmas[t];
    }

    public TokenKind kind(int t) {
        return tokens.kind(t);
    }

    /** The index of the sentence token {@code t} stands in; the last sentence's for {@code t} past the last token. */
    public int sentenceOf(int t) {
        return t < sentenceOfToken.length ? sentenceOfToken[t] : sentences.size() - 1;
    }

    /** Whether token {@code t} starts with a capital letter, whatever its kind. */
    public boolean startsWithCapital(int t) {
        return Character.isUpperCase(clean.charAt(tokens.cleanStart(t)));
    }

    /** A word or an abbreviation that starts with a capital (Универзитетот Св. Кирил и Методиј). */
    public boolean isCapitalisedWord(int t) {
        TokenKind kind = tokens.kind(t);
        return (kind == TokenKind.WORD || kind == TokenKind.ABBREVIATION) && !surfaces[t].isEmpty()
                && Character.isUpperCase(surfaces[t].charAt(0));
    }

    /** The readings of {@code word} out of context, from the lexicon the tagger used. */
    public List<Analysis> readings(String word) {
        return morphology.readings(word);
    }

    /** The span of tokens {@code [from, to)}. */
    public Span span(int from, int to) {
        return tokens.span(from, to);
    }

    /** The original words of tokens {@code [from, to)}, naming no entity. */
    public TextSpan words(int from, int to) {
        Span span = tokens.span(from, to);
        return new TextSpan(span, document.text(span), null);
    }

    /** The tokens of sentence {@code s}, indexed from its first. */
    public SentenceTokens sentence(int s) {
        Sentence sentence = sentences.get(s);
        return new SentenceTokens(this, sentence.firstToken(), sentence.endToken());
    }
}
