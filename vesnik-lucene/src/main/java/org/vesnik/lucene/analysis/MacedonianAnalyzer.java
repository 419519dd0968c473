package org.vesnik.lucene.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;

/**
 * The Lucene analyzer for Macedonian: {@link MacedonianTokenizer} (cleanup and vesnik's
 * tokens) → lower case → {@link MacedonianTranslitFilter} (Latin spellings folded to
 * Cyrillic) → stop words ({@code stopwords.txt}) → {@link MacedonianStemFilter}.
 */
public final class MacedonianAnalyzer extends StopwordAnalyzerBase {

    private final CharArraySet stemExclusions;

    /** The default stop words, loaded once. */
    public static CharArraySet getDefaultStopSet() {
        return DefaultStopSet.WORDS;
    }

    private static final class DefaultStopSet {
        static final CharArraySet WORDS = load();

        private static CharArraySet load() {
            try (Reader reader = new InputStreamReader(
                    MacedonianAnalyzer.class.getResourceAsStream("stopwords.txt"), StandardCharsets.UTF_8)) {
                return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(reader, "#", new CharArraySet(200, false)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Macedonian stop words", e);
            }
        }
    }

    public MacedonianAnalyzer() {
        this(getDefaultStopSet(), CharArraySet.EMPTY_SET);
    }

    /** With other stop words, and words the stemmer must leave as they are. */
    public MacedonianAnalyzer(CharArraySet stopwords, CharArraySet stemExclusions) {
        super(stopwords);
        this.stemExclusions = CharArraySet.unmodifiableSet(CharArraySet.copy(stemExclusions));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new MacedonianTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new MacedonianTranslitFilter(result);
        result = new StopFilter(result, stopwords);
        if (!stemExclusions.isEmpty()) {
            result = new SetKeywordMarkerFilter(result, stemExclusions);
        }
        return new TokenStreamComponents(source, new MacedonianStemFilter(result));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new MacedonianTranslitFilter(new LowerCaseFilter(in));
    }
}
