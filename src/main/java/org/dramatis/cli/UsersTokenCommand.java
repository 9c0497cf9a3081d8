package org.dramatis.cli;

import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "token", description = "Print a new API token for an account, replacing its previous one. Send it as"
        + " 'Authorization: Bearer TOKEN'; it acts with the account's role and needs no CSRF token. Only its hash is"
        + " stored: it is shown this once.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis users token omar",
                "  curl -H \"Authorization: Bearer $TOKEN\" http://desk.example:7070/api/stats"})
final class UsersTokenCommand implements Callable<Integer> {
    @ParentCommand
    UsersCommand users;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "NAME", description = "The account")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String token;
        try (Dramatis dramatis = users.parent.open(data.existingStore(spec.commandLine()))) {
            token = dramatis.accounts().newToken(name);
        }
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
