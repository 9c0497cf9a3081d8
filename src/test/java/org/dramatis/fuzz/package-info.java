/** Jazzer fuzz targets: each runs its seed inputs in the normal build and explores new inputs with JAZZER_FUZZ=1. */
package org.dramatis.fuzz;
