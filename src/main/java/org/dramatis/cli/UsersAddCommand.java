package org.dramatis.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.auth.Role;
import org.dramatis.model.DramatisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add", description = "Add an account. The password is asked for twice on the terminal, or read from the"
        + " first line of --password-file; it is stored only as an Argon2id hash.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis users add amira --role admin",
                "  dramatis users add omar --role analyst --password-file omar.pw --db postgresql://127.0.0.1/dramatis?user=desk"})
final class UsersAddCommand implements Callable<Integer> {
    @ParentCommand
    UsersCommand users;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "NAME", description = "The account's name (letters, digits, . _ - @)")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "viewer (reads), analyst (also corrects and reviews) or admin (also ingests and uploads)")
    String role;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from this file's first line")
    Path passwordFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Role r = Role.parse(role);
        char[] password = passwordFile != null ? fromFile(passwordFile) : prompt(name);
        try (Dramatis dramatis = users.parent.open(data.config())) {
            dramatis.accounts().add(name, r, password);
            spec.commandLine().getOut().println("added " + name + " (" + r.word() + ") to " + dramatis.config().storeName());
            spec.commandLine().getOut().flush();
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCodes.OK;
    }

    private static char[] fromFile(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new DramatisException(file + ": the first line, the password, is empty");
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new DramatisException(file + ": cannot read the password file: " + e.getMessage(), e);
        }
    }

    private static char[] prompt(String name) {
        Console console = System.console();
        if (console == null) {
            throw new DramatisException("no terminal to ask for the password of '" + name + "': give --password-file FILE");
        }
        char[] first = console.readPassword("Password for %s: ", name);
        char[] second = console.readPassword("Same password again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            Arrays.fill(first == null ? new char[0] : first, '\0');
            throw new DramatisException("the two passwords differ: nothing was added");
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
