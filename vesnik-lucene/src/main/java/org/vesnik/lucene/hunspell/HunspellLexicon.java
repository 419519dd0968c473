package org.vesnik.lucene.hunspell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.vesnik.core.morph.ExtraLexicon;

/**
 * A Hunspell dictionary ({@code mk_MK.aff} + {@code mk_MK.dic}, such as LibreOffice's or the
 * {@code dictionary-mk} package) as an extra lexicon for the lemmatizer, read with Lucene's
 * Hunspell support: a lemma the rules guess is preferred when Hunspell accepts it as a word.
 * (The Macedonian dictionaries store stems such as вој- with affix classes, not lemmas, so
 * spelling is what they can tell.) The user supplies the dictionary; vesnik ships none.
 */
public final class HunspellLexicon implements ExtraLexicon {

    private final Dictionary dictionary;
    // Lucene's Hunspell keeps state while it works: one per thread
    private final ThreadLocal<Hunspell> hunspells;

    private HunspellLexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.hunspells = ThreadLocal.withInitial(() -> new Hunspell(this.dictionary));
    }

    /**
     * Loads the dictionary in {@code directory}: the one {@code .aff} file there and the
     * {@code .dic} file of the same name.
     */
    public static HunspellLexicon load(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory + ": not a directory");
        }
        Path aff;
        try (var files = Files.list(directory)) {
            List<Path> affixes = files.filter(p -> p.getFileName().toString().endsWith(".aff")).sorted().toList();
            if (affixes.size() != 1) {
                throw new IOException(directory + ": expected one .aff file, found " + affixes.size());
            }
            aff = affixes.get(0);
        }
        String name = aff.getFileName().toString();
        Path dic = aff.resolveSibling(name.substring(0, name.length() - 4) + ".dic");
        if (!Files.isReadable(dic)) {
            throw new IOException(dic + ": no dictionary beside " + aff);
        }
        try (InputStream affix = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic);
             ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
            return new HunspellLexicon(new Dictionary(scratch, "hunspell", affix, words));
        } catch (ParseException e) {
            throw new IOException(aff + ": cannot read the affix file: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isWord(String word) {
        return hunspells.get().spell(word);
    }
}
