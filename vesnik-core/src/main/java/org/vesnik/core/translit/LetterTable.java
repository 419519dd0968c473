package org.vesnik.core.translit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.vesnik.core.resources.ResourceFile;

/** One romanization system's table: each lower-case Macedonian letter and its Latin spelling. */
final class LetterTable {

    private final Map<Character, String> latinByCyrillic;

    private LetterTable(Map<Character, String> latinByCyrillic) {
        this.latinByCyrillic = latinByCyrillic;
    }

    static LetterTable load(String fileName) {
        ResourceFile file = ResourceFile.load(LetterTable.class, fileName);
        Map<Character, String> table = new LinkedHashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || row.first().length() != 1 || row.column(1).isEmpty()) {
                throw file.error(row, "expected one Cyrillic letter and its Latin spelling");
            }
            char cyrillic = row.first().charAt(0);
            String latin = row.column(1);
            if (Character.toLowerCase(cyrillic) != cyrillic || !latin.equals(latin.toLowerCase(Locale.ROOT))) {
                throw file.error(row, "the table is lower case only");
            }
            if (table.put(cyrillic, latin) != null) {
                throw file.error(row, "duplicate letter " + cyrillic);
            }
        }
        return new LetterTable(Map.copyOf(table));
    }

    /** Lower-case Cyrillic letter → lower-case Latin spelling. */
    Map<Character, String> entries() {
        return latinByCyrillic;
    }
}
