package org.vesnik.lucene.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Creates {@link MacedonianStemFilter}; SPI name {@code macedonianStem}. */
public final class MacedonianStemFilterFactory extends TokenFilterFactory {

    public static final String NAME = "macedonianStem";

    public MacedonianStemFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public MacedonianStemFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new MacedonianStemFilter(input);
    }
}
