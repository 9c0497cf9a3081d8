package org.dramatis.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dramatis.model.DramatisException;

/**
 * Who works on a data folder: a running workbench ({@code serve}) or a command-line ingest. The workbench owns the
 * search index while it runs, so an ingest beside it would store documents nobody can find until a restart; the two
 * refuse each other with a message that says what to do instead. The locks are operating-system file locks
 * ({@code .serve.lock}, {@code .ingest.lock}), released when the process ends however it ends; what the holder wants
 * others to know (its URL, its process id) is in a file beside each lock.
 *
 * <pre>{@code
 * try (DataFolderLock lock = DataFolderLock.forIngest(dataDir)) {   // refuses while a workbench serves dataDir
 *     ... ingest ...
 * }
 * }</pre>
 */
public final class DataFolderLock implements AutoCloseable {
    /** Thrown when another process holds the folder; the message says who and what to do. */
    public static final class Busy extends DramatisException {
        Busy(String message) {
            super(message);
        }
    }

    private enum Role {
        SERVE(".serve.lock", "serve.info"), INGEST(".ingest.lock", "ingest.info");

        final String lockFile;
        final String infoFile;

        Role(String lockFile, String infoFile) {
            this.lockFile = lockFile;
            this.infoFile = infoFile;
        }
    }

    private final Path dir;
    private final Role role;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path dir, Role role, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.role = role;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder for a command-line ingest.
     *
     * @throws Busy when a workbench serves the folder (the message gives its URL) or another ingest runs on it
     */
    public static DataFolderLock forIngest(Path dataDir) {
        DataFolderLock mine = tryTake(dataDir, Role.INGEST);
        if (mine == null) {
            throw new Busy("another ingest is running on " + dataDir + holder(dataDir, Role.INGEST)
                    + "; wait for it to finish, then run this one");
        }
        if (heldByOthers(dataDir, Role.SERVE)) {
            mine.close();
            String url = serveUrl(dataDir);
            String upload = url.isEmpty() ? "its Upload page (/ingest) or POST /api/ingest"
                    : url + "ingest (the Upload page) or POST " + url + "api/ingest";
            throw new Busy("a workbench is serving " + dataDir + (url.isEmpty() ? "" : " at " + url)
                    + ", and documents ingested beside it could not be searched until it restarts: upload the files"
                    + " through " + upload + ", or stop the workbench and ingest again");
        }
        return mine;
    }

    /**
     * Takes the folder for a workbench; call {@link #describe} with its URL once it listens.
     *
     * @throws Busy when an ingest runs on the folder or another workbench serves it
     */
    public static DataFolderLock forServe(Path dataDir) {
        DataFolderLock mine = tryTake(dataDir, Role.SERVE);
        if (mine == null) {
            String url = serveUrl(dataDir);
            throw new Busy("a workbench is already serving " + dataDir + (url.isEmpty() ? "" : " at " + url));
        }
        if (heldByOthers(dataDir, Role.INGEST)) {
            mine.close();
            throw new Busy("an ingest is running on " + dataDir + holder(dataDir, Role.INGEST)
                    + " and owns the search index until it ends; wait for it to finish (its output shows each file"
                    + " as it is stored), then start the workbench again");
        }
        return mine;
    }

    /** Tells other processes about the holder: the workbench's URL ({@code http://127.0.0.1:7070/}). */
    public void describe(String info) {
        try {
            Files.writeString(dir.resolve(role.infoFile), info + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DramatisException("cannot write " + dir.resolve(role.infoFile) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    private static DataFolderLock tryTake(Path dataDir, Role role) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(role.lockFile), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            DataFolderLock taken = new DataFolderLock(dataDir, role, channel, lock);
            taken.describe("pid " + ProcessHandle.current().pid());
            return taken;
        } catch (OverlappingFileLockException e) { // held in this very process
            closeQuietly(channel);
            return null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DramatisException("cannot lock " + dataDir.resolve(role.lockFile) + ": " + e.getMessage(), e);
        }
    }

    private static boolean heldByOthers(Path dataDir, Role role) {
        DataFolderLock probe = tryTake(dataDir, role);
        if (probe == null) {
            return true;
        }
        probe.close();
        return false;
    }

    private static String holder(Path dataDir, Role role) {
        String info = info(dataDir, role);
        return info.isEmpty() ? "" : " (" + info + ")";
    }

    /** The running workbench's URL, once it listens. */
    private static String serveUrl(Path dataDir) {
        String info = info(dataDir, Role.SERVE);
        return info.startsWith("http") ? info : "";
    }

    private static String info(Path dataDir, Role role) {
        try {
            return Files.readString(dataDir.resolve(role.infoFile), StandardCharsets.UTF_8).strip();
        } catch (IOException e) { // no holder wrote it yet
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to release
            }
        }
    }
}
