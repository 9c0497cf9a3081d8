package org.dramatis.cli;

/** The exit codes every command uses. */
final class ExitCodes {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int USAGE = 2;
    static final int SOME_INPUTS_FAILED = 3;

    private ExitCodes() {
    }
}
