package org.dramatis.cli;

import java.util.function.Function;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.model.DramatisException;
import picocli.CommandLine;

/** Builds the command line with its error handling, so main and tests run it the same way. */
public final class Cli {
    private Cli() {
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 error, 2 usage, 3 some inputs failed. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return commandLine(Dramatis::open);
    }

    /** A command line whose commands open data directories with {@code opener}. */
    public static CommandLine commandLine(Function<Config, Dramatis> opener) {
        return withErrorHandling(new CommandLine(new DramatisCommand(opener)));
    }

    /**
     * Gives a command line the exit codes and the plain {@code error: ...} messages of every Dramatis command; the
     * Spark module's {@code spark-ingest} uses it for its own command.
     */
    public static CommandLine withErrorHandling(CommandLine cli) {
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.ERROR);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Plain words only: a message names the file, field or value at fault, never a Java exception class.
            StringBuilder message = new StringBuilder(e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                    : "the command failed unexpectedly; run again with DRAMATIS_LOG=debug for the details");
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                    message.append("\n  because: ").append(cause.getMessage());
                }
            }
            org.slf4j.LoggerFactory.getLogger(Cli.class).debug("command failed", e);
            cmd.getErr().println("error: " + message);
            cmd.getErr().flush();
            return ExitCodes.ERROR;
        });
        return cli;
    }
}
