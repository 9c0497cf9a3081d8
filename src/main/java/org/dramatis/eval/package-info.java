/** Scores the graph against a hand-made gold file: actors found, aliases kept together, facts and events recovered. */
package org.dramatis.eval;
