package org.dramatis.cli;

/** The exit codes every command uses (the Spark module's {@code spark-ingest} too). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int SOME_INPUTS_FAILED = 3;

    private ExitCodes() {
    }
}
