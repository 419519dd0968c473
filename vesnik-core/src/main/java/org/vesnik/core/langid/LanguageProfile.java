package org.vesnik.core.langid;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vesnik.core.resources.ResourceFile;

/** One language as {@code alphabets.tsv} describes it: code, lingua models, script, prior and letters. */
record LanguageProfile(String code, List<Language> models, String script, double prior, String letters) {

    /** lingua's value for this language: the best of its models'. */
    double modelValue(Map<Language, Double> values) {
        double best = 0;
        for (Language model : models) {
            best = Math.max(best, values.getOrDefault(model, 0.0));
        }
        return best;
    }


    static List<LanguageProfile> loadAll() {
        ResourceFile file = ResourceFile.load(LanguageProfile.class, "alphabets.tsv");
        List<LanguageProfile> profiles = new ArrayList<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 5) {
                throw file.error(row, "expected code, lingua name, script, prior and letters");
            }
            List<Language> models = new ArrayList<>();
            for (String name : row.column(1).split("\\|")) {
                try {
                    models.add(Language.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw file.error(row, "lingua has no language " + name);
                }
            }
            double prior = Double.parseDouble(row.column(3));
            if (!(prior > 0)) {
                throw file.error(row, "the prior must be positive");
            }
            profiles.add(new LanguageProfile(row.first(), List.copyOf(models), row.column(2), prior, row.column(4)));
        }
        if (profiles.size() > Long.SIZE) {
            throw new IllegalStateException(file.name() + ": at most " + Long.SIZE + " languages");
        }
        return List.copyOf(profiles);
    }
}
