package org.dramatis.web;

/** The upload page: pick files, watch the upload progress, read the per-file report; see ingest.js. */
final class IngestPage {
    private final WebServices services;
    private final Layout layout;

    IngestPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render() {
        if (services.ingester() == null) {
            throw ApiException.notFound("uploads are not enabled on this server");
        }
        String body = "<h1>Add documents</h1>"
                + "<p class=\"muted\">Articles as text, HTML, PDF, Word or feeds; at most "
                + IngestRoute.MAX_FILE_BYTES / (1024 * 1024) + " MB per file. Each file is read, analysed and stored;"
                + " copies of stored articles are reported as duplicates.</p>"
                + "<form id=\"ingest-form\" class=\"panel\" enctype=\"multipart/form-data\">"
                + "<div class=\"row\"><input type=\"file\" id=\"ingest-files\" name=\"files\" multiple required>"
                + "<button type=\"submit\" id=\"ingest-submit\">Upload and ingest</button></div>"
                + "<progress id=\"ingest-progress\" max=\"100\" value=\"0\" hidden></progress>"
                + " <span id=\"ingest-status\" class=\"status\" aria-live=\"polite\"></span></form>"
                + "<table class=\"list\" id=\"ingest-report\" hidden><thead><tr><th>File</th><th>Outcome</th><th>Message</th>"
                + "</tr></thead><tbody></tbody></table>";
        return layout.page("Add documents", body, "/static/ingest.js");
    }
}
