/**
 * The analyst's workbench: server-rendered pages and the JSON API over the graph (described in web/openapi.yaml), with
 * corrections, exports and uploads through the ports {@link org.dramatis.web.Corrector}, {@link org.dramatis.web.Exports}
 * and {@link org.dramatis.web.Ingester}, and search through {@link org.dramatis.search.SearchService}.
 */
package org.dramatis.web;
