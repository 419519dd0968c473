package org.vesnik.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vesnik.lucene.analysis.MacedonianTokenizer;
import org.vesnik.lucene.analysis.MacedonianTranslitFilter;

/**
 * How the archive compares names: vesnik's tokens, lower case, Latin spellings folded to
 * Cyrillic, no stemming (a name is not a word to stem: {@code Путин}, {@code Putin},
 * {@code ПУТИН} are all {@code путин}, and {@code Трајковски} stays whole). Thread-safe.
 */
public final class NameFolding extends Analyzer {

    /** Names word by word. One instance serves every thread: Lucene keeps a token stream per thread. */
    public static final NameFolding INSTANCE = new NameFolding(MacedonianTokenizer::new);
    /** A whole value as one folded term, such as an outlet's name: {@code MIA} and {@code МИА} meet. */
    public static final NameFolding WHOLE = new NameFolding(KeywordTokenizer::new);

    private final Supplier<Tokenizer> tokenizer;

    private NameFolding(Supplier<Tokenizer> tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, new MacedonianTranslitFilter(new LowerCaseFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new MacedonianTranslitFilter(new LowerCaseFilter(in));
    }

    /** The words of a name, folded: {@code Marko Trajkovski} → [марко, трајковски]. */
    public List<String> words(String name) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = tokenStream("", name)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to read", e);
        }
        return words;
    }

    /** A name's words folded and joined by spaces: the key two spellings of one name share. */
    public String key(String name) {
        return String.join(" ", words(name));
    }
}
