package org.dramatis.cli;

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

@Command(name = "role", description = "Give an account another role; it takes effect at the account's next request.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis users role omar --role admin"})
final class UsersRoleCommand implements Callable<Integer> {
    @ParentCommand
    UsersCommand users;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "NAME", description = "The account")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst or admin")
    String role;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Role r = Role.parse(role);
        try (Dramatis dramatis = users.parent.open(data.existingStore(spec.commandLine()))) {
            if (!dramatis.accounts().setRole(name, r)) {
                throw new DramatisException("no account named '" + name + "' (dramatis users list shows them)");
            }
        }
        spec.commandLine().getOut().println(name + " is now " + r.word());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
