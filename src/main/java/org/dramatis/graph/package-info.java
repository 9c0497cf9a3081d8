/** The SQL store: writes documents with their mentions and claims, resolution results and decisions; answers the read model. */
package org.dramatis.graph;
