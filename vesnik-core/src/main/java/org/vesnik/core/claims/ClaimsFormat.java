package org.vesnik.core.claims;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.vesnik.core.text.JsonOutput;
import org.vesnik.core.text.LayerFormat;
import org.vesnik.core.text.TextOutput;

/** The claims layer in the output: {@code claims} in JSON, one line a claim in the text summary. */
final class ClaimsFormat implements LayerFormat<List<Claim>> {

    @Override
    public void json(List<Claim> claims, JsonOutput out) throws IOException {
        JsonGenerator json = out.json();
        out.objects("claims", claims, claim -> {
            out.words(claim.quantity());
            json.writeStringField("kind", claim.kind());
            number(json, "value", claim.value());
            if (claim.valueMax() != null) {
                number(json, "valueMax", claim.valueMax());
            }
            if (claim.vague()) {
                json.writeBooleanField("vague", true);
            }
            if (claim.unit() != null) {
                json.writeStringField("unit", claim.unit());
            }
            if (claim.counted() != null) {
                json.writeObjectFieldStart("counted");
                out.words(claim.counted());
                json.writeStringField("lemma", claim.countedLemma());
                json.writeEndObject();
            }
            qualifiers(out, "hedges", claim.hedges());
            qualifiers(out, "epistemic", claim.epistemic());
            out.words("source", claim.source(), claim.sourceRule());
            out.words("cue", claim.cue());
            json.writeObjectFieldStart("sentence");
            json.writeNumberField("start", claim.sentenceStart());
            json.writeNumberField("end", claim.sentenceEnd());
            json.writeEndObject();
        });
    }

    private static void qualifiers(JsonOutput out, String name, List<Qualifier> qualifiers) throws IOException {
        out.objects(name, qualifiers, qualifier -> {
            out.words(qualifier.phrase());
            out.json().writeStringField("meaning", qualifier.meaning());
            out.rule(qualifier.rule());
        });
    }

    @Override
    public void text(List<Claim> claims, TextOutput out) throws IOException {
        for (Claim claim : claims) {
            out.line("claim %6d-%-6d %s = %s%s%s%s%s", claim.quantity().start(), claim.quantity().end(),
                    TextOutput.visible(claim.quantity().text()), number(claim.value()),
                    claim.valueMax() == null ? "" : "–" + number(claim.valueMax()),
                    claim.hedges().isEmpty() ? "" : " " + claim.hedges().stream().map(Qualifier::meaning).toList(),
                    claim.source() == null ? "" : ", source: " + claim.source().text(), explained(claim, out));
        }
    }

    /** The rules of the claim's qualifiers and source, when explaining. */
    private static String explained(Claim claim, TextOutput out) {
        List<String> rules = new ArrayList<>();
        claim.hedges().forEach(q -> rules.add(q.rule()));
        claim.epistemic().forEach(q -> rules.add(q.rule()));
        return out.rule("qualifiers", rules.isEmpty() ? null : String.join(", ", rules)) + out.rule("source", claim.sourceRule());
    }

    /** A whole number as an integer (2000, not 2000.0): a count is one; a share or a sum may not be. */
    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(name, (long) value);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
