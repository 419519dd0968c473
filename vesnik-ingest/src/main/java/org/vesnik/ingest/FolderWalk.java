package org.vesnik.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a folder and its subfolders, depth first, each folder's entries in order of
 * name, so that every run reads them in the same order; one reader a file. Holds one listing a
 * level, not the whole tree. Hidden entries (names starting with a dot: {@code .git},
 * {@code .DS_Store}) and links to folders are passed over and counted.
 */
final class FolderWalk implements Iterator<ArticleReader> {

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private final ReaderContext context;
    private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
    private ArticleReader next;
    private long skipped;

    FolderWalk(Path root, ReaderContext context) {
        this.context = context;
        descend(root);
    }

    /** Entries passed over so far. */
    long skipped() {
        return skipped;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !levels.isEmpty()) {
            Iterator<Path> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            Path entry = level.next();
            if (entry.getFileName().toString().startsWith(".")) {
                skipped++;
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                descend(entry);
            } else if (Files.isRegularFile(entry)) {
                next = FileReaders.open(entry, context);
            } else {
                skipped++;
            }
        }
        return next != null;
    }

    @Override
    public ArticleReader next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ArticleReader reader = next;
        next = null;
        return reader;
    }

    private void descend(Path folder) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted(BY_NAME).collect(Collectors.toList());
        } catch (IOException e) {
            next = SingleItemReader.of(new ReadItem.Problem(folder.toString(), ProblemKind.MISSING,
                    "cannot list the folder: " + e.getMessage()));
            return;
        }
        levels.push(entries.iterator());
    }
}
