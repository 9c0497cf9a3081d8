package org.dramatis.cli;

/** Entry point: runs the command line and exits with its code — the only System.exit in Dramatis. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
