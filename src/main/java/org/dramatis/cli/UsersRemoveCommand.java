package org.dramatis.cli;

import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.model.DramatisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "remove", description = "Remove an account; its sessions and token stop working at their next request."
        + " Its decisions stay, signed with its name.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis users remove omar"})
final class UsersRemoveCommand implements Callable<Integer> {
    @ParentCommand
    UsersCommand users;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "NAME", description = "The account to remove")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Dramatis dramatis = users.parent.open(data.existingStore(spec.commandLine()))) {
            if (!dramatis.accounts().remove(name)) {
                throw new DramatisException("no account named '" + name + "' (dramatis users list shows them)");
            }
        }
        spec.commandLine().getOut().println("removed " + name);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
