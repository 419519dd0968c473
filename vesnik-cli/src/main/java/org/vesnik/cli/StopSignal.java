package org.vesnik.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a command that runs until it is stopped ({@code watch}) to stop once its round is done,
 * and lets the one who asked wait until it has. Ctrl-C (or a plain {@code kill}) runs the JVM's
 * shutdown hooks; the one {@link #onShutdown()} installs asks and then waits, so the JVM exits
 * only after the round is committed and the archive closed. Tests ask directly.
 */
final class StopSignal {

    private final CountDownLatch asked = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** While open, a shutdown of the JVM asks to stop and waits until this is closed. */
    final class Hook implements AutoCloseable {
        private final Thread thread;

        private Hook(Thread thread) {
            this.thread = thread;
        }

        /** The command has stopped (committed, closed, its output flushed): a waiting hook is released. */
        @Override
        public void close() {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(thread);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running, and has just been released
            }
        }
    }

    void ask() {
        asked.countDown();
    }

    boolean isAsked() {
        return asked.getCount() == 0;
    }

    /** Waits up to {@code time} for a request to stop; true when there is one. */
    boolean awaitAsked(Duration time) throws InterruptedException {
        return asked.await(time.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** @param notice run when the shutdown asks, before it waits: tells a person at the terminal what is going on */
    Hook onShutdown(Runnable notice) {
        Thread thread = new Thread(() -> {
            notice.run();
            ask();
            awaitStopped();
        }, "vesnik-stop");
        Runtime.getRuntime().addShutdownHook(thread);
        return new Hook(thread);
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // the JVM is going down regardless; nothing is left to wait for
            Thread.currentThread().interrupt();
        }
    }
}
