package org.vesnik.lucene.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** Creates {@link MacedonianTokenizer}; SPI name {@code macedonian}. */
public final class MacedonianTokenizerFactory extends TokenizerFactory {

    public static final String NAME = "macedonian";

    public MacedonianTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public MacedonianTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public MacedonianTokenizer create(AttributeFactory factory) {
        return new MacedonianTokenizer(factory);
    }
}
