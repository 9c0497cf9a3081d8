package org.dramatis.web;

/** A failure the client caused or can act on; mapped to an HTTP status by {@link ErrorMapper}. */
final class ApiException extends RuntimeException {
    private final int status;
    private final String title;

    ApiException(int status, String title, String details) {
        super(details);
        this.status = status;
        this.title = title;
    }

    static ApiException notFound(String details) {
        return new ApiException(404, "Not found", details);
    }

    static ApiException badRequest(String details) {
        return new ApiException(400, "Bad request", details);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
