package dev.opctl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code opctl add}: adds an API or a controller to the project. */
@Command(
        name = "add",
        commandListHeading = "%nCommands:%n",
        description = "Adds a custom resource (api), a reconciler (controller) or admission webhooks (webhook) to the "
                + "project in the current directory.")
final class AddCommand implements Runnable {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to add: api, controller or webhook");
    }
}
