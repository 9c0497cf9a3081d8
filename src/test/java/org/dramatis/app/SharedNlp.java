package org.dramatis.app;

import org.dramatis.nlp.CoreNlpAdapter;

/** One CoreNLP pipeline for all integration tests in a JVM: loading the models takes most of a minute. */
final class SharedNlp {
    private static CoreNlpAdapter adapter;

    private SharedNlp() {
    }

    static synchronized CoreNlpAdapter get() {
        if (adapter == null) {
            adapter = CoreNlpAdapter.create();
        }
        return adapter;
    }
}
