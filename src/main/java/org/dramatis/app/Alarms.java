package org.dramatis.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts a thread whose work outlives its budget. One timer thread serves a whole ingest run; each piece of work
 * holds an {@link Alarm} for as long as it runs. Public for the Spark module's tasks, which keep the same budgets.
 *
 * <pre>{@code
 * try (Alarms.Alarm alarm = alarms.set(Duration.ofSeconds(130))) {
 *     annotate(doc);               // interrupted at 130 s
 * } catch (RuntimeException e) {
 *     if (alarm.rang()) { ... }    // over budget, not a bug
 * }
 * }</pre>
 */
public final class Alarms implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dramatis-budget");
        t.setDaemon(true);
        return t;
    });

    /** Sets an alarm for the calling thread. */
    public Alarm set(Duration budget) {
        return new Alarm(Thread.currentThread(), budget);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One budget for the thread that set it; closing it before it rings disarms it. */
    public final class Alarm implements AutoCloseable {
        private final Thread worker;
        private final Duration budget;
        private final ScheduledFuture<?> ring;
        private boolean closed;
        private boolean rang;

        private Alarm(Thread worker, Duration budget) {
            this.worker = worker;
            this.budget = budget;
            this.ring = timer.schedule(this::ring, Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS);
        }

        private synchronized void ring() {
            if (!closed) {
                rang = true;
                worker.interrupt();
            }
        }

        /** Whether the budget ran out while the work was running. */
        public synchronized boolean rang() {
            return rang;
        }

        public Duration budget() {
            return budget;
        }

        /** Disarms the alarm; an interrupt it delivered is cleared so the thread's next work starts clean. */
        @Override
        public void close() {
            boolean cleared;
            synchronized (this) {
                closed = true;
                cleared = rang;
            }
            ring.cancel(false);
            if (cleared) {
                Thread.interrupted();
            }
        }
    }
}
