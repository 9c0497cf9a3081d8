package org.dramatis.web;

/** The body of every error answer, in the spirit of RFC 9457 problem details. */
public record ApiError(String title, int status, String type, String details) {

    static String typeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "refused";
            case 413 -> "content-too-large";
            default -> status >= 500 ? "server-error" : "client-error";
        };
    }
}
