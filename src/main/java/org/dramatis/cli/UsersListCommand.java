package org.dramatis.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.auth.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "List the accounts: name, role, whether it has an API token, when it was added.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis users list", "  dramatis users list --data /tmp/iraq"})
final class UsersListCommand implements Callable<Integer> {
    @ParentCommand
    UsersCommand users;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Dramatis dramatis = users.parent.open(data.existingStore(spec.commandLine()))) {
            List<Accounts.Listed> all = dramatis.accounts().list();
            if (all.isEmpty()) {
                out.println("no accounts: the workbench serves loopback only, to one user, without a login");
            }
            for (Accounts.Listed a : all) {
                out.printf("%-24s %-8s %-9s %s%n", a.name(), a.role().word(), a.hasToken() ? "token" : "-", a.createdAt());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
