package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code opctl help [COMMAND...]}: the help of opctl or of any command below it, nested ones
 * included ({@code opctl help add api}); picocli's own help command takes one level only.
 */
@Command(name = "help", helpCommand = true,
        description = "Shows the help of opctl, or of a command: 'opctl help add api', 'opctl help generate crds'.")
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, e.g. add api.")
    List<String> path = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine command = spec.commandLine().getParent();
        for (String name : path) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                throw new ParameterException(command, UnknownCommand.message(command, name));
            }
            command = sub;
        }
        command.usage(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
