package org.dramatis.app;

import java.nio.file.Path;

/**
 * Holds a data folder as another process would, until its standard input closes. Args: {@code serve|ingest DIR [URL]}.
 */
public final class HoldDataFolderMain {
    private HoldDataFolderMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (DataFolderLock lock = args[0].equals("serve") ? DataFolderLock.forServe(dir) : DataFolderLock.forIngest(dir)) {
            if (args.length > 2) {
                lock.describe(args[2]);
            }
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
