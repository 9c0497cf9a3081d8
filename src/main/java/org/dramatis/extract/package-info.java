/** Turns annotated sentences into typed, dated, cited claims: posts held, structure, alignment, biography and events. */
package org.dramatis.extract;
