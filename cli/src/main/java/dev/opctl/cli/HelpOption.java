package dev.opctl.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} for every command below the root. Only {@code opctl} itself has
 * {@code -V, --version}: the commands' own {@code --version} is an API version.
 */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
