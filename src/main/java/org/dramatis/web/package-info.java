/**
 * The analyst's workbench: server-rendered pages and the JSON API over the graph (described in web/openapi.yaml), with
 * corrections, exports and uploads through the ports {@link org.dramatis.web.Corrector}, {@link org.dramatis.web.Exports}
 * and {@link org.dramatis.web.Ingester}, and search through {@link org.dramatis.search.SearchService}; with accounts
 * ({@link org.dramatis.auth.Accounts}) every request is signed in and every route checks its role.
 */
package org.dramatis.web;
