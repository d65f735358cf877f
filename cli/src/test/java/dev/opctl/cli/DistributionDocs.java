package dev.opctl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes what the distribution ships beside the jar, from the picocli model of the commands, so
 * neither can drift from them: the man pages' AsciiDoc (one page per command, {@code opctl-add-api}
 * for {@code opctl add api}; the {@code dist} profile turns them into troff with Asciidoctor) and
 * the bash and zsh completion scripts. Run by the {@code dist} profile of {@code cli/pom.xml}:
 * {@code DistributionDocs OUTPUT_DIR}.
 */
public final class DistributionDocs {
    private DistributionDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DistributionDocs OUTPUT_DIR");
        }
        write(Path.of(args[0]));
    }

    static void write(Path output) throws IOException {
        Path adoc = Files.createDirectories(output.resolve("adoc"));
        StringWriter sink = new StringWriter();
        CommandLine all = Opctl.commandLine(Path.of(""), new PrintWriter(sink), new PrintWriter(sink));
        int failed = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, all.getCommandSpec());
        if (failed != 0) {
            throw new IOException("picocli's man page generator failed (exit " + failed + ")");
        }
        Path completion = Files.createDirectories(output.resolve("completion"));
        Files.writeString(completion.resolve("opctl.bash"), CompletionCommand.script(CompletionCommand.Shell.bash),
                StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("opctl.zsh"), CompletionCommand.script(CompletionCommand.Shell.zsh),
                StandardCharsets.UTF_8);
    }
}
