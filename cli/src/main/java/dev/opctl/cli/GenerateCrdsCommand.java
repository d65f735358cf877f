package dev.opctl.cli;

import dev.opctl.crd.CrdGenerator;
import dev.opctl.crd.classfile.Classpath;
import dev.opctl.engine.FileErrors;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectLock;
import dev.opctl.project.MavenClasspath;
import dev.opctl.project.ProjectFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opctl generate crds}: CRD YAML from the Java sources of custom resource classes. */
@Command(
        name = "crds",
        description = {
            "Generates a CustomResourceDefinition (apiextensions.k8s.io/v1) for every custom resource class in the "
                    + "Java sources: classes that extend fabric8's CustomResource (or implement HasMetadata) and carry "
                    + "@Group and @Version. Reads the sources as they are, without compiling them.",
            "",
            "In an opctl project it reads src/main/java and writes config/crd; elsewhere pass --sources and --output.",
            "",
            "Types the sources use but do not declare are read from compiled classes: the Kubernetes model from "
                    + "opctl's catalog, the JDK's enums, and anything else from --classpath or, in a project, from "
                    + "the Maven dependencies (resolved once per change of pom.xml, cached in target/)."
        })
final class GenerateCrdsCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    static final String PROJECT_SOURCES = "src/main/java";
    static final String PROJECT_OUTPUT = "config/crd";

    @Option(names = "--sources", paramLabel = "DIR",
            description = "A directory of Java sources to read (repeatable). Default in a project: src/main/java.")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR",
            description = "The directory to write the CRDs to. Default in a project: config/crd.")
    Path output;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Jars and class directories to read the types from that the sources use but do not "
                    + "declare, separated by '${sys:path.separator}' as for javac; DIR/* is the jars in DIR. Default "
                    + "in a project without --sources: the Maven dependencies of pom.xml.")
    String classpath;

    @Mixin
    CheckOption check;

    @Mixin
    CrdOptions crdOptions;

    private final Path workingDir;

    GenerateCrdsCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        return run(workingDir, sources, output, classpath, crdOptions.maxDescriptionLength,
                check.check ? check.rerun() : null, check.spec.commandLine().getOut(), check.spec.commandLine().getErr());
    }

    /**
     * Runs the command with the options' values (null where not given).
     *
     * @param rerun with --check, the command that brings stale files up to date; else null
     */
    static int run(Path workingDir, List<Path> sources, Path output, String classpath, Integer maxDescriptionLength,
            String rerun, PrintWriter out, PrintWriter err) {
        CrdGenerator.Options options = withClasspath(workingDir, sources, classpath,
                CrdOptions.options(maxDescriptionLength), err);
        return run(workingDir, sources, output, options, rerun, out, err);
    }

    /** --classpath, else in a project read with its own sources the Maven dependencies, else none. */
    private static CrdGenerator.Options withClasspath(Path workingDir, List<Path> sources, String classpath,
            CrdGenerator.Options options, PrintWriter err) {
        if (classpath != null) {
            if (classpath.isBlank()) {
                throw OpctlException.invalidInput("--classpath takes jars or class directories, not an empty value");
            }
            return options.withClasspath(Classpath.check(Classpath.parse(classpath, workingDir)));
        }
        if (sources.isEmpty() && Files.exists(workingDir.resolve(ProjectFile.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            return options.withClasspath(() -> MavenClasspath.resolve(workingDir, notice(err), MavenClasspath.ALONE))
                    .withJavaRelease(MavenClasspath.javaRelease(workingDir));
        }
        return options;
    }

    /** Prints a line on the command's error stream at once, from whichever thread. */
    static Consumer<String> notice(PrintWriter err) {
        return line -> {
            err.println(line);
            err.flush();
        };
    }

    private static int run(Path workingDir, List<Path> sources, Path output, CrdGenerator.Options options, String rerun,
            PrintWriter out, PrintWriter err) {
        boolean check = rerun != null;
        boolean project = Files.exists(workingDir.resolve(ProjectFile.FILE_NAME), LinkOption.NOFOLLOW_LINKS);
        if (output != null && output.toString().isEmpty() || sources.stream().anyMatch(s -> s.toString().isEmpty())) {
            throw OpctlException.invalidInput("--sources and --output take a directory, not an empty value; pass "
                    + "'.' for the current directory");
        }
        if (!project && (sources.isEmpty() || output == null)) {
            throw OpctlException.invalidInput(workingDir + " is not an opctl project (no PROJECT file); run in a "
                    + "project, or pass --sources DIR and --output DIR");
        }
        Path outputDir = workingDir.resolve(output != null ? output : Path.of(PROJECT_OUTPUT)).normalize();
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw OpctlException.invalidInput(String.format("output directory %s is not a directory; pass a "
                    + "directory with --output (it is created when missing)", outputDir));
        }
        // The project is locked when the CRDs go into it; else the directory written to (--check: if it exists).
        Path lockRoot = project && outputDir.startsWith(workingDir) ? workingDir : outputDir;
        try (ProjectLock lock = check ? Locks.acquireToRead(lockRoot, "opctl generate crds", err)
                : Locks.acquire(lockRoot, "opctl generate crds", err)) {
            if (project) {
                ProjectFile.read(workingDir);
            }
            List<Path> roots = new ArrayList<>();
            for (Path source : sources.isEmpty() ? List.of(Path.of(PROJECT_SOURCES)) : sources) {
                roots.add(workingDir.resolve(source).normalize());
            }
            if (!sources.isEmpty()) {
                roots.forEach(GenerateCrdsCommand::requireJavaSources);
            }
            FileSet files = CrdGenerator.generate(roots, Map.of(), "", options, w -> Failure.warn(err, w));
            if (files.size() == 0 && !sources.isEmpty()) { // a project may have no API yet
                Failure.warn(err, String.format("no custom resource class in %s: a CRD is generated for each class "
                        + "that extends CustomResource (or implements HasMetadata) and has @Group and @Version",
                        String.join(", ", roots.stream().map(Path::toString).toList())));
            }
            return CheckOption.writeOrCheck(lock, out, check, rerun, outputDir, files,
                    CrdGenerator.obsoleteFiles(outputDir, "", files), "CRD", workingDir);
        }
    }

    /**
     * Refuses a {@code --sources} directory without a Java source: a wrong directory would otherwise
     * delete every CRD generated earlier as obsolete.
     */
    private static void requireJavaSources(Path root) {
        if (!Files.isDirectory(root)) {
            return; // the engine says what is wrong with it
        }
        try (Stream<Path> files = Files.walk(root)) {
            if (files.noneMatch(f -> f.getFileName().toString().endsWith(".java"))) {
                throw OpctlException.invalidInput(String.format("no Java sources under %s; pass the directory of "
                        + "your custom resource classes with --sources (e.g. src/main/java)", root));
            }
        } catch (IOException | UncheckedIOException e) {
            throw FileErrors.of(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }
}
