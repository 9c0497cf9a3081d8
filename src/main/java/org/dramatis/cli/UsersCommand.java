package org.dramatis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code dramatis users ...}: the accounts of a shared workbench. */
@Command(name = "users", description = "Manage the workbench's accounts. With any account the workbench asks everyone to"
        + " sign in; 'serve --host' on an address other machines reach needs an admin account.",
        subcommands = {UsersAddCommand.class, UsersListCommand.class, UsersRemoveCommand.class, UsersRoleCommand.class,
                UsersTokenCommand.class, picocli.CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n", footer = {"  dramatis users add amira --role admin        # asks for the password",
                "  dramatis users add omar --role analyst --password-file omar.pw", "  dramatis users list",
                "  dramatis users role omar --role viewer", "  dramatis users token omar   # prints a new API token",
                "  dramatis users remove omar"})
final class UsersCommand {
    @ParentCommand
    DramatisCommand parent;
}
