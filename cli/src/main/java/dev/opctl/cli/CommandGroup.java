package dev.opctl.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups others ({@code add}, {@code delete}): run alone, it asks which one. */
abstract class CommandGroup implements Runnable {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    /** The commands it groups, for the error, e.g. {@code api or controller}. */
    abstract String choices();

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to " + spec.name() + ": " + choices());
    }
}
