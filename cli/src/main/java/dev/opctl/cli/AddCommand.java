package dev.opctl.cli;

import picocli.CommandLine.Command;

/** {@code opctl add}: adds an API or a controller to the project. */
@Command(
        name = "add",
        commandListHeading = "%nCommands:%n",
        description = "Adds a custom resource (api), a reconciler (controller) or admission webhooks (webhook) to the "
                + "project in the current directory.")
final class AddCommand extends CommandGroup {
    @Override
    String choices() {
        return "api, controller or webhook";
    }
}
