package org.dramatis.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code POST /api/ingest}: multipart upload (field {@code files}) handed to the {@link Ingester} port. Uploads are
 * written under sanitised names into a fresh temporary directory, which is deleted afterwards; the client's path is
 * never used.
 */
final class IngestRoute {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_FILES = 200;
    private static final int MAX_NAME = 120;

    private final WebServices services;

    IngestRoute(WebServices services) {
        this.services = services;
    }

    void handle(Context ctx) throws IOException {
        Ingester ingester = services.ingester();
        if (ingester == null) {
            throw ApiException.notFound("uploads are not enabled on this server");
        }
        String type = ctx.contentType();
        if (type == null || !type.startsWith("multipart/form-data")) {
            throw ApiException.badRequest("send the files as multipart/form-data in the field 'files'");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (Exception e) { // Jetty reports an unreadable or oversized upload as a (sneaky) ServletException
            if (causedBySize(e)) {
                throw new ApiException(413, "Content too large", "each uploaded file must be at most "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB, and an upload at most "
                        + MAX_FILE_BYTES * 10 / (1024 * 1024) + " MB");
            }
            throw ApiException.badRequest("the upload is not valid multipart/form-data");
        }
        if (files.isEmpty()) {
            throw ApiException.badRequest("no files in the multipart field 'files'");
        }
        if (files.size() > MAX_FILES) {
            throw ApiException.badRequest("at most " + MAX_FILES + " files per upload, got " + files.size());
        }
        Path dir = Files.createTempDirectory("dramatis-upload-");
        try {
            List<Path> paths = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (int i = 0; i < files.size(); i++) {
                UploadedFile f = files.get(i);
                if (f.size() > MAX_FILE_BYTES) {
                    throw new ApiException(413, "Content too large", "file " + (i + 1) + " is " + f.size()
                            + " bytes; each file must be at most " + MAX_FILE_BYTES + " bytes");
                }
                Path target = dir.resolve(safeName(f.filename(), i, used));
                try (InputStream in = f.content()) {
                    Files.copy(in, target);
                }
                paths.add(target);
            }
            List<Map<String, Object>> report = ingester.ingest(List.copyOf(paths));
            ctx.json(report);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * A file name safe to create in our own directory: the last path segment of what the client sent, letters,
     * digits, dot, dash and underscore only, no leading dot, bounded length, unique within the upload.
     */
    static String safeName(String clientName, int index, Set<String> used) {
        String name = clientName == null ? "" : Normalizer.normalize(clientName, Normalizer.Form.NFC);
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[._]+", "");
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        if (name.isBlank()) {
            name = "upload-" + (index + 1);
        }
        String unique = name;
        for (int n = 2; !used.add(unique); n++) {
            unique = n + "-" + name;
        }
        return unique;
    }

    private static boolean causedBySize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("max") && message.contains("size")) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
