package dev.opctl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code opctl} command; it only holds the global options. {@link Opctl} adds the
 * subcommands ({@link Opctl#COMMANDS}).
 */
@Command(
        name = "opctl",
        mixinStandardHelpOptions = true,
        versionProvider = OpctlCommand.Version.class,
        description = "Scaffolds and maintains Kubernetes operator projects written in Java, "
                + "on the Java Operator SDK and the fabric8 Kubernetes client.",
        commandListHeading = "%nCommands:%n",
        footer = "%nDocumentation: man opctl-COMMAND (e.g. man opctl-add-api), and docs/ in opctl's repository.")
public final class OpctlCommand {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    /** Prints opctl's version and what generated projects are built on. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return VersionText.lines();
        }
    }
}
