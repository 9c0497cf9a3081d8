/**
 * The SQL store: writes documents with their mentions and claims, resolution results and decisions, one repository per
 * aggregate; answers the read model. All SQL of the application lives here, and what is particular to SQLite is named
 * in {@link org.dramatis.graph.Dialect}.
 */
package org.dramatis.graph;
