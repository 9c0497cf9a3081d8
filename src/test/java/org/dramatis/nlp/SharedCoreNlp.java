package org.dramatis.nlp;

/**
 * One CoreNLP pipeline for every test in a JVM that needs the real models (integration tests, refreshing stored
 * annotations): loading them takes most of a minute and ~5 GB.
 */
public final class SharedCoreNlp {
    private static CoreNlpAdapter adapter;

    private SharedCoreNlp() {
    }

    public static synchronized CoreNlpAdapter get() {
        if (adapter == null) {
            adapter = CoreNlpAdapter.create();
        }
        return adapter;
    }
}
