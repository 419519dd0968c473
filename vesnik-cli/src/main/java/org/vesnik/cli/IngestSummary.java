package org.vesnik.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.vesnik.archive.IngestResult;
import org.vesnik.ingest.ProblemKind;
import org.vesnik.ingest.ReadItem;

/**
 * What an ingest did: records read, articles new, updated and unchanged, and what was skipped
 * and why (by problem kind, and by language), each bad record listed with its source and
 * reason; and the exit code that follows. Holds counts and a bounded list, nothing an article.
 */
final class IngestSummary {

    /** Records listed by name; beyond this they are counted only, so a bad feed of millions stays bounded. */
    static final int MAX_LISTED = 100;

    /** Kinds that mean an input was bad (exit 65); the others are skipped as expected (a README in a folder). */
    private static final Set<ProblemKind> BAD_DATA = EnumSet.of(ProblemKind.NOT_TEXT, ProblemKind.NOT_JSON,
            ProblemKind.NO_TEXT, ProblemKind.NOT_FEED, ProblemKind.TRUNCATED, ProblemKind.TOO_LARGE, ProblemKind.HTTP,
            ProblemKind.TIMEOUT);

    private long read;
    private long added;
    private long updated;
    private long unchanged;
    private long failed;
    private final Map<ProblemKind, Long> problems = new EnumMap<>(ProblemKind.class);
    private final Map<String, Long> languages = new TreeMap<>();
    private final List<String[]> listed = new ArrayList<>();
    private long unlisted;
    private boolean badData;
    private boolean missing;

    /**
     * A record that gave no article; {@code named} when it is a source the user named, where
     * even a kind that is skipped inside a folder (an image, a section front) is bad data.
     */
    void problem(ReadItem.Problem problem, boolean named) {
        read++;
        problems.merge(problem.kind(), 1L, Long::sum);
        if (problem.kind() == ProblemKind.MISSING) {
            missing = true;
        } else if (BAD_DATA.contains(problem.kind())
                || named && problem.kind() != ProblemKind.ROBOTS) {
            badData = true;
        }
        list(problem.source(), kindName(problem.kind()), problem.reason());
    }

    void result(IngestResult result) {
        read++;
        switch (result.outcome()) {
            case NEW -> added++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case OTHER_LANGUAGE -> languages.merge(result.language(), 1L, Long::sum);
            case FAILED -> {
                failed++;
                list(result.source(), "failed", result.failure().orElse("annotation failed"));
            }
            default -> throw new IllegalStateException("unknown outcome " + result.outcome());
        }
    }

    private void list(String source, String kind, String reason) {
        if (listed.size() < MAX_LISTED) {
            listed.add(new String[] {source, kind, reason});
        } else {
            unlisted++;
        }
    }

    /** Articles that went through annotation, for progress. */
    long articles() {
        return added + updated + unchanged + failed + languages.values().stream().mapToLong(Long::longValue).sum();
    }

    long skipped() {
        return problems.values().stream().mapToLong(Long::longValue).sum()
                + languages.values().stream().mapToLong(Long::longValue).sum() + failed;
    }

    /** 66 when a source is missing, 70 when vesnik failed on an article, 65 when an input was bad, else 0. */
    int exitCode() {
        if (missing) {
            return ExitCodes.NO_INPUT;
        }
        if (failed > 0) {
            return ExitCodes.INTERNAL;
        }
        return badData ? ExitCodes.BAD_DATA : ExitCodes.OK;
    }

    private static String kindName(ProblemKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The counts, as the text summary's first line gives them: {@code 6 read, 4 new, 0 updated, 0 unchanged, 2 skipped}. */
    String counts() {
        return String.format(Locale.ROOT, "%d read, %d new, %d updated, %d unchanged, %d skipped",
                read, added, updated, unchanged, skipped());
    }

    /** Why records were skipped, by kind and language: {@code 1 unsupported, 1 language bg}; empty when none was. */
    Optional<String> skippedWhy() {
        if (skipped() == 0) {
            return Optional.empty();
        }
        StringJoiner why = new StringJoiner(", ");
        problems.forEach((kind, n) -> why.add(n + " " + kindName(kind)));
        languages.forEach((language, n) -> why.add(n + " language " + language));
        if (failed > 0) {
            why.add(failed + " failed");
        }
        return Optional.of(why.toString());
    }

    /** The records listed by name, a line each ({@code   source: kind: reason}), then how many more there were. */
    void writeListed(Writer out) throws IOException {
        for (String[] line : listed) {
            out.write("  " + line[0] + ": " + line[1] + ": " + line[2] + "\n");
        }
        if (unlisted > 0) {
            out.write("  ... and " + unlisted + " more, counted above\n");
        }
    }

    void writeText(Writer out, Path archive) throws IOException {
        out.write(archive + ": " + counts() + "\n");
        Optional<String> why = skippedWhy();
        if (why.isPresent()) {
            out.write("skipped: " + why.get() + "\n");
        }
        writeListed(out);
    }

    void writeJson(Writer out, Path archive) throws IOException {
        JsonGenerator json = JsonFactory.builder().build().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("archive", archive.toString());
        json.writeNumberField("read", read);
        json.writeNumberField("new", added);
        json.writeNumberField("updated", updated);
        json.writeNumberField("unchanged", unchanged);
        json.writeNumberField("skipped", skipped());
        json.writeNumberField("failed", failed);
        json.writeObjectFieldStart("skippedByKind");
        for (Map.Entry<ProblemKind, Long> kind : problems.entrySet()) {
            json.writeNumberField(kindName(kind.getKey()), kind.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("skippedByLanguage");
        for (Map.Entry<String, Long> language : languages.entrySet()) {
            json.writeNumberField(language.getKey(), language.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("problems");
        for (String[] line : listed) {
            json.writeStartObject();
            json.writeStringField("source", line[0]);
            json.writeStringField("kind", line[1]);
            json.writeStringField("reason", line[2]);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("problemsNotListed", unlisted);
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }
}
