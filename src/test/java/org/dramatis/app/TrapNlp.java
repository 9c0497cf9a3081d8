package org.dramatis.app;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.NlpService;

/**
 * {@link FakeNlp}, except on texts holding a trap word: OVERFLOW throws {@link StackOverflowError}, EXHAUST throws
 * {@link OutOfMemoryError}, SLOW sleeps a minute unless interrupted, STUCK spins, ignoring interrupts, until
 * {@link #release()}.
 */
final class TrapNlp implements NlpService {
    private final FakeNlp fake = new FakeNlp();
    private final CountDownLatch release = new CountDownLatch(1);

    /** Lets spinning threads end; call it when the test is over. */
    void release() {
        release.countDown();
    }

    @Override
    public AnnotatedDocument annotate(String text, LocalDate date) {
        if (text.contains("OVERFLOW")) {
            throw new StackOverflowError();
        }
        if (text.contains("EXHAUST")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (text.contains("SLOW")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (text.contains("STUCK")) {
            while (release.getCount() > 0) { // ignores interrupts, as a runaway loop would
                Thread.onSpinWait();
            }
        }
        return fake.annotate(text, date);
    }
}
