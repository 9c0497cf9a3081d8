package org.dramatis.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.app.Config;
import org.dramatis.model.DramatisException;

/**
 * {@code dramatis ingest} in a JVM of its own, for a command that serves afterwards: CoreNLP's models (a few GB) live
 * and die with the child, so the serving process costs what {@code serve} costs. The child gets this JVM's options
 * (its heap size above all) and class path; its lines are copied as they come.
 */
final class ChildIngest {
    private ChildIngest() {
    }

    /** Ingests {@code paths} into the configured data folder; returns the child's exit code. */
    static int run(Config config, List<Path> paths, PrintWriter out) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // A debugger's agent would try to listen on the port this JVM already holds.
            if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-Xrunjdwp")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest",
                "--data", config.dataDir().toString(), "--threads", String.valueOf(config.threads())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (config.db() != null) {
            // The same server store; its password goes by the environment, never on a command line others can read.
            command.addAll(List.of("--db", config.db().toString()));
            builder.environment().remove(org.dramatis.graph.ServerStore.PASSWORD_ENV);
            if (config.db().password() != null) {
                builder.environment().put(org.dramatis.graph.ServerStore.PASSWORD_ENV, config.db().password());
            }
        }
        paths.forEach(p -> command.add(p.toString()));
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new DramatisException("cannot start the ingest process (" + command.get(0) + "): " + e.getMessage(), e);
        }
        // Stopping the demo (Ctrl-C) stops the ingest with it.
        Thread stop = new Thread(child::destroy, "dramatis-stop-ingest");
        Runtime.getRuntime().addShutdownHook(stop);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                out.flush();
            }
            return child.waitFor();
        } catch (IOException e) {
            throw new DramatisException("lost the output of the ingest process: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            throw new DramatisException("interrupted while the ingest ran", e);
        } finally {
            Runtime.getRuntime().removeShutdownHook(stop);
        }
    }
}
