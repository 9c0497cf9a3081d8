/** Composition root: the validated configuration, the wiring of every stage, the ingest pipeline and main. */
package org.dramatis.app;
