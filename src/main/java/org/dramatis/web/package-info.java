/** The analyst's workbench: server-rendered pages and the JSON API over the graph, with corrections through {@link org.dramatis.web.Corrector}. */
package org.dramatis.web;
