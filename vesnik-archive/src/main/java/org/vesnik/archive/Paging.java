package org.vesnik.archive;

/** The bounds every paged request keeps: pages count from 1, and a page is not unbounded. */
final class Paging {

    /** A page larger than this is refused: the archive answers in pages, not in dumps. */
    static final int MAX_PAGE_SIZE = 1000;
    /** Hits beyond this depth are refused: ranking them all would cost the whole index. */
    static final int MAX_DEPTH = 100_000;

    private Paging() {
    }

    static void check(int page, int pageSize) {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, not " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE_SIZE + " hits, not " + pageSize);
        }
        if ((long) page * pageSize > MAX_DEPTH) {
            throw new IllegalArgumentException("only the first " + MAX_DEPTH + " hits can be paged through");
        }
    }
}
