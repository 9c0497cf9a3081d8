/** Synthetic corpora and the {@code bench} measurements: ingest throughput, resolver linearity, API latency, memory. */
package org.dramatis.bench;
