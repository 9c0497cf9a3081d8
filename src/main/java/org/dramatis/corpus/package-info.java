/** The span-annotated training corpus: its records, the loader that places quoted spans, the checker, stats, agreement and gold export. */
package org.dramatis.corpus;
