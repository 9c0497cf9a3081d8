/** Ingest on Apache Spark: the application's document processor in Spark tasks, its results stored by the driver. */
package org.dramatis.spark;
