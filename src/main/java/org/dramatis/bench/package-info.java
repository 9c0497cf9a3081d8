/** Synthetic corpora and the {@code bench} measurements: ingest throughput, resolver linearity, API latency. */
package org.dramatis.bench;
