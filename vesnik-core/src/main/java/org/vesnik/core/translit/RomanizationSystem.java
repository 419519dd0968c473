package org.vesnik.core.translit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The ways of writing Macedonian in Latin letters that vesnik supports. */
public enum RomanizationSystem {
    /** BGN/PCGN 2013 = the Macedonian national system of 2008: ǵ, ḱ, dz, dž, lj, nj, ž, č, š. */
    BGN_2013("bgn2013", "bgn2013.tsv"),
    /** ISO 9:1995: one Latin letter for each Cyrillic one (ẑ, ǰ, l̂, n̂, d̂), reversible. */
    ISO_9("iso9", "iso9.tsv"),
    /** ASCII only, for URLs and search: gj, kj, zh, sh, ch, dzh, dz, lj, nj, c, h. */
    ASCII("ascii", "ascii.tsv"),
    /** BGN/PCGN 1981: as 2013 but for đ and ć. */
    BGN_1981("bgn1981", "bgn1981.tsv");

    private final String id;
    private final String tableFile;

    RomanizationSystem(String id, String tableFile) {
        this.id = id;
        this.tableFile = tableFile;
    }

    /** The short name used on the command line and in the API: {@code bgn2013}, {@code iso9}… */
    public String id() {
        return id;
    }

    /** The resource file with this system's letter table. */
    String tableFile() {
        return tableFile;
    }

    /** The system named {@code id} (case-insensitive). */
    public static RomanizationSystem byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (RomanizationSystem system : values()) {
            if (system.id.equals(wanted)) {
                return system;
            }
        }
        throw new IllegalArgumentException("unknown romanization system '" + id + "'; known: "
                + Arrays.stream(values()).map(RomanizationSystem::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
