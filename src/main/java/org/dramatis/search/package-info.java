/** Full-text search over documents and spelling-tolerant search over actors, with a Lucene index beside the database. */
package org.dramatis.search;
