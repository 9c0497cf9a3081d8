/** Attacks on a running workbench (injection, traversal, XSS, oversized requests, CSRF) and a bounded load test. */
package org.dramatis.security;
