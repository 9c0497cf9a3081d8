package org.dramatis.app;

import org.dramatis.nlp.CoreNlpAdapter;
import org.dramatis.nlp.SharedCoreNlp;

/** One CoreNLP pipeline for all integration tests in a JVM: loading the models takes most of a minute. */
final class SharedNlp {
    private SharedNlp() {
    }

    static CoreNlpAdapter get() {
        return SharedCoreNlp.get();
    }
}
