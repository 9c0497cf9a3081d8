/** Turns files on disk (text, Markdown, HTML, PDF, DOCX, RSS/Atom) into clean, hashed {@link org.dramatis.ingest.SourceDocument}s, or clear rejections. */
package org.dramatis.ingest;
