package org.vesnik.ingest;

/**
 * Carries a record's problem out of the code that found it, so a reader's steps read straight
 * down and the reader turns the failure into the item it yields.
 */
final class ReadFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ReadItem.Problem problem;

    ReadFailure(String source, ProblemKind kind, String reason) {
        super(reason, null, false, false);
        this.problem = new ReadItem.Problem(source, kind, reason);
    }

    ReadItem.Problem problem() {
        return problem;
    }
}
