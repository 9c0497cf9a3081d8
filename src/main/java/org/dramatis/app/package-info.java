/**
 * Composition root: the validated configuration, the wiring of every stage, the per-document processor and the ingest
 * pipeline around it.
 */
package org.dramatis.app;
