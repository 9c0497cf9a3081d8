/**
 * Developer tools, outside the product's core packages: synthetic corpora ({@code dramatis generate}) and the
 * {@code bench} measurements (ingest throughput, resolver linearity, API latency, memory).
 */
package org.dramatis.dev.bench;
