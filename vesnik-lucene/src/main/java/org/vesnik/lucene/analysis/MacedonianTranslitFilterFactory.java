package org.vesnik.lucene.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Creates {@link MacedonianTranslitFilter}; SPI name {@code macedonianTranslit}. */
public final class MacedonianTranslitFilterFactory extends TokenFilterFactory {

    public static final String NAME = "macedonianTranslit";

    public MacedonianTranslitFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public MacedonianTranslitFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new MacedonianTranslitFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
