package org.dramatis.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * ZIP-based documents (DOCX, ODT, EPUB, and any ZIP) measured before Tika opens them: every entry is inflated into a
 * small buffer, counting bytes, and the count stops at {@link ReaderLimits#maxUnzippedBytes()}, so a 1 MB file whose
 * {@code word/document.xml} inflates to 1 GB is rejected after reading 100 MB, without keeping any of it. Sizes the
 * archive declares are not trusted. Both views of the archive are measured, the central directory (what a parser that
 * opens the file reads, overlapping entries included) and the local headers (what a streaming parser reads).
 */
final class ZipLimits {
    private static final int BUFFER = 64 * 1024;

    private ZipLimits() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    /**
     * @throws RejectedInput when the archive inflates to more than the limit or holds too many entries; an archive
     *                       that cannot be read at all passes, for the parser to report as corrupted
     * @param label names the file in messages
     * @param file  the file on disk, or null when only its bytes are known: they are then written to a temporary file
     *              for the central directory's pass
     */
    static void check(byte[] bytes, Path label, Path file, ReaderLimits limits) {
        if (!isZip(bytes)) {
            return;
        }
        Budget budget = new Budget(label, limits);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                budget.entry();
                budget.drain(in, e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            // unreadable as a stream: the central directory below, or the parser, says what is wrong
        }
        if (file == null) {
            checkSpooled(bytes, label, limits);
            return;
        }
        if (file.toFile().isFile()) {
            checkCentral(file, label, limits);
        }
    }

    private static void checkSpooled(byte[] bytes, Path label, ReaderLimits limits) {
        Path spooled;
        try {
            spooled = Files.createTempFile("dramatis-zip", ".zip");
        } catch (IOException e) {
            throw new RejectedInput(label, RejectedInput.Reason.UNREADABLE,
                    "cannot check the archive (no temporary file: " + e.getMessage() + ")", e);
        }
        try {
            Files.write(spooled, bytes);
            checkCentral(spooled, label, limits);
        } catch (IOException e) {
            throw new RejectedInput(label, RejectedInput.Reason.UNREADABLE,
                    "cannot check the archive (temporary file " + spooled + ": " + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException e) {
                spooled.toFile().deleteOnExit();
            }
        }
    }

    private static void checkCentral(Path file, Path label, ReaderLimits limits) {
        Budget central = new Budget(label, limits);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                central.entry();
                try (InputStream in = zip.getInputStream(e)) {
                    central.drain(in, e.getName());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // not a readable archive: Tika reports it as corrupted
        }
    }

    /** Counts entries and inflated bytes of one pass over an archive. */
    private static final class Budget {
        private final Path file;
        private final ReaderLimits limits;
        private final byte[] buffer = new byte[BUFFER];
        private long bytes;
        private int entries;

        Budget(Path file, ReaderLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        void entry() {
            if (++entries > limits.maxZipEntries()) {
                throw new RejectedInput(file, RejectedInput.Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "archive holds more than %,d entries, over the limit", limits.maxZipEntries()));
            }
        }

        void drain(InputStream in, String entry) throws IOException {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                if (bytes > limits.maxUnzippedBytes()) {
                    String where = entry.length() > 100 ? entry.substring(0, 100) + "…" : entry;
                    throw new RejectedInput(file, RejectedInput.Reason.TOO_LARGE, String.format(Locale.ROOT,
                            "inflates to more than the %s limit for ZIP-based documents (reached inside %s)",
                            megabytes(limits.maxUnzippedBytes()), where));
                }
            }
        }

        private static String megabytes(long n) {
            return n >= 1024 * 1024 ? String.format(Locale.ROOT, "%,d MB", n / (1024 * 1024))
                    : String.format(Locale.ROOT, "%,d bytes", n);
        }
    }
}
