package org.vesnik.core.morph;

import java.io.IOException;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;

/** The morphology layer in JSON: each token's {@code lemma} and {@code upos}. */
final class MorphologyFormat implements LayerFormat<Morphology> {

    @Override
    public void json(Morphology morphology, JsonOutput out) {
        // written inside the tokens
    }

    @Override
    public void tokenJson(Morphology morphology, int token, JsonOutput out) throws IOException {
        out.json().writeStringField("lemma", morphology.lemma(token));
        out.json().writeStringField("upos", morphology.upos(token).name());
    }
}
