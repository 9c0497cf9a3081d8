/** Writes the graph in formats other tools read: FollowTheMoney JSON lines, GraphML and CSV. */
package org.dramatis.export;
