package dev.opctl.project;

import dev.opctl.engine.Digests;
import dev.opctl.engine.FileErrors;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectLock;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A project's compile class path, as Maven resolves it, cached in {@value #CACHE} under the key of
 * what Maven reads to resolve it: the pom's content, and Maven's configuration ({@link MavenInputs#configuration}:
 * the parent poms on their relative paths, {@code .mvn/maven.config}, {@code jvm.config} and
 * {@code extensions.xml}, {@code ~/.m2/settings.xml}, {@code MAVEN_ARGS}, and which Maven runs). Maven
 * runs once, and again only when one of those changes or a jar the cache names is gone (a cleaned local
 * repository). The wrapper ({@code mvnw}) of the project, or of the build it is a module of, is used
 * when there is one, else {@code mvn} on the PATH. Two runs at once each have Maven write to a file of
 * its own, and the cache and {@code maven.log} are replaced whole; a command holding the project's lock
 * says in it that Maven runs, so that another one waits for it ({@link ProjectLock#during}). A run's own files carry its process
 * id, and a run that starts Maven removes those of runs no longer alive (killed while Maven ran).
 */
public final class MavenClasspath {
    /** A terminal colour escape ({@code ESC[0m}). */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    /** The cache, relative to the project: the pom's hash on the first line, the class path on the second. */
    public static final String CACHE = "target/opctl/classpath.txt";
    /**
     * The cache's first line: which class path of which pom it holds, then of which Maven configuration
     * (an older cache, of all scopes, is not one).
     */
    private static final String KEY = "compile scope, pom.xml sha-256 ";
    private static final String CONFIGURATION = ", configuration sha-256 ";
    /** A run's own files in the cache's directory: its prefix, process id, a random number and suffix. */
    /** This run's part of its files' names: {@code -PID-}. */
    private static final String RUN = "-" + ProcessHandle.current().pid() + "-";
    private static final Pattern RUN_FILE = Pattern.compile("(?:classpath|maven)-([0-9]{1,18})-[0-9]+\\.(?:out|log|tmp)");
    /** How {@code opctl generate crds} runs without Maven, for its errors. */
    public static final String ALONE = "run 'opctl generate crds --sources DIR --classpath PATH' instead";

    private MavenClasspath() {
    }

    /**
     * The jars of the project's compile class path.
     *
     * @param notice told, in one line, when Maven has to run
     * @param instead what else the command could run, for its errors ({@link #ALONE}), or null
     * @throws OpctlException (invalid input) when there is no pom.xml or Maven fails
     */
    public static List<Path> resolve(Path projectDir, Consumer<String> notice, String instead) {
        String otherwise = instead == null ? "" : ", or " + instead;
        Path pom = projectDir.resolve("pom.xml");
        Path cache = projectDir.resolve(CACHE);
        try {
            if (!Files.isRegularFile(pom)) {
                throw OpctlException.invalidInput(String.format("%s has no pom.xml to resolve the class path from; "
                        + "restore it%s", projectDir, otherwise));
            }
            String pomKey = KEY + Digests.sha256(Files.readAllBytes(pom));
            String key = pomKey + CONFIGURATION + Digests.sha256(MavenInputs.configuration(projectDir, maven(projectDir))
                    .getBytes(StandardCharsets.UTF_8));
            String why = "no class path cached yet";
            if (Files.isRegularFile(cache)) {
                List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
                why = lines.size() != 2 || !lines.get(0).startsWith(KEY) ? "the cached class path is damaged"
                        : !lines.get(0).startsWith(pomKey) ? "pom.xml changed"
                        : "Maven's configuration changed: a parent pom, .mvn/, settings.xml, MAVEN_ARGS or mvnw";
                if (lines.size() == 2 && lines.get(0).equals(key)) {
                    List<Path> entries = entries(lines.get(1));
                    Path gone = entries.stream().filter(entry -> !Files.exists(entry)).findFirst().orElse(null);
                    if (gone == null) {
                        return jars(entries);
                    }
                    why = gone.getFileName() + " is gone";
                }
            }
            // A read-only checkout (generate --check in CI, say): Maven's files go to a directory of this run's.
            boolean writable = writable(cache.getParent());
            notice.accept(String.format("opctl: resolving the project's class path with Maven (%s), %s", why,
                    writable ? "to cache it in " + CACHE : "not cached: " + cache.getParent() + " cannot be written"));
            MavenInputs.overridden(Files.readString(pom, StandardCharsets.ISO_8859_1)).ifPresent(setting -> notice.accept(
                    String.format("opctl: warning: pom.xml sets maven-dependency-plugin's %s for every execution, which "
                            + "overrides what opctl asks of it (the compile scope, its own output file); move it into "
                            + "the <execution> that needs it", setting)));
            Path work = writable ? cache.getParent() : Files.createTempDirectory("opctl-classpath");
            // A command waiting for the project's lock waits for Maven, however long it takes.
            String classpath = ProjectLock.during(projectDir, "resolving the project's class path with Maven",
                    () -> runMaven(projectDir, work, otherwise));
            if (!writable) {
                try (Stream<Path> files = Files.list(work)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(work);
                return jars(entries(classpath));
            }
            Path temp = runFile(cache.getParent(), "classpath", ".tmp");
            Files.writeString(temp, key + "\n" + classpath + "\n", StandardCharsets.UTF_8);
            Files.move(temp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return jars(entries(classpath));
        } catch (IOException e) {
            throw FileErrors.of(e);
        }
    }

    /**
     * The Java release the pom.xml of {@code projectDir} compiles for (its compiler plugin's
     * {@code <release>}, {@code maven.compiler.release}, or the target), or 0 when it does not say or
     * cannot be read.
     */
    public static int javaRelease(Path projectDir) {
        try {
            return MavenInputs.release(Files.readString(projectDir.resolve("pom.xml"), StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            return 0; // resolving the class path, when it is needed, says what is wrong with the pom
        }
    }

    private static String runMaven(Path projectDir, Path work, String otherwise) throws IOException {
        Files.createDirectories(work);
        removeFilesOfDeadRuns(work);
        // Files of this run's own: another opctl may be running Maven in this project at the same time.
        Path output = runFile(work, "classpath", ".out");
        Path runLog = runFile(work, "maven", ".log");
        Path log = work.resolve("maven.log");
        Files.delete(output);
        try {
            return runMavenInto(projectDir, output, runLog, log, otherwise);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(runLog);
        }
    }

    /** Whether {@code dir} is, or can be made, a directory this process can write in. */
    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return false;
        }
        return Files.isWritable(dir);
    }

    /**
     * A new file of this run's in {@code work} ({@code classpath-PID-N.tmp}), with the mode a new file gets
     * there (a temporary file's would be the owner's alone, and so would the cache and the log made of it).
     */
    private static Path runFile(Path work, String prefix, String suffix) throws IOException {
        for (long n = System.nanoTime() & Long.MAX_VALUE; ; n++) {
            try {
                return Files.createFile(work.resolve(prefix + RUN + n + suffix));
            } catch (FileAlreadyExistsException taken) {
                // the next number
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The next run removes it: its process is gone.
        }
    }

    /** Removes the files a run left in {@code work} when it was killed: those whose process is gone. */
    private static void removeFilesOfDeadRuns(Path work) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(work)) {
            files = listed.toList();
        }
        for (Path file : files) {
            Matcher run = RUN_FILE.matcher(file.getFileName().toString());
            if (run.matches() && ProcessHandle.of(Long.parseLong(run.group(1))).isEmpty()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String runMavenInto(Path projectDir, Path output, Path runLog, Path log, String otherwise)
            throws IOException {
        List<String> command = new ArrayList<>();
        String maven = maven(projectDir);
        // A wrapper that lost its executable bit (in an archive, say) is still the project's Maven.
        if (!maven.startsWith("mvn") && File.separatorChar == '/' && !Files.isExecutable(Path.of(maven))) {
            command.add("sh");
        }
        command.add(maven);
        command.addAll(List.of("-q", "-B", "-Dstyle.color=never", "dependency:build-classpath",
                // Compile, provided and system scope: what javac compiles src/main/java against.
                "-DincludeScope=compile",
                "-Dmdep.outputFile=" + output));
        int status;
        Thread stop = null;
        try {
            Process process = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(runLog.toFile()).start();
            // opctl stopped (Ctrl-C, SIGTERM) stops its Maven too, and removes this run's files. (A kill -9
            // cannot: the orphaned Maven ends by itself, and the next run removes the files.)
            stop = new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                deleteQuietly(output);
                deleteQuietly(runLog);
            });
            Runtime.getRuntime().addShutdownHook(stop);
            status = process.waitFor();
        } catch (IOException e) {
            throw OpctlException.invalidInput(String.format("cannot run Maven (%s) to resolve the project's class "
                    + "path; install Maven%s", maven, otherwise));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OpctlException.invalidInput("interrupted while Maven resolved the project's class path");
        } finally {
            if (stop != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // The hook runs.
                }
            }
        }
        // The log without the colour escapes some Maven builds write even in batch mode, for a reader or an editor.
        Files.writeString(runLog, plain(Files.readString(runLog, StandardCharsets.ISO_8859_1)),
                StandardCharsets.ISO_8859_1);
        Files.move(runLog, log, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (status == 0 && !Files.isRegularFile(output)) {
            throw OpctlException.invalidInput(String.format("Maven ran, but wrote no class path where opctl asked it "
                    + "to: pom.xml (or a parent) sets maven-dependency-plugin's outputFile for every execution; move it "
                    + "into the <execution> that needs it%s", otherwise));
        }
        if (status != 0 || !Files.isRegularFile(output)) {
            String error = firstError(log);
            String wrapper = maven.startsWith("mvn") ? null : projectDir.relativize(Path.of(maven)).toString();
            String fix;
            if (error.contains("offline mode")) {
                fix = "run Maven online once to download it (without -o, in .mvn/maven.config or MAVEN_ARGS), or fix "
                        + "pom.xml";
            } else if (error.contains("Could not find artifact") || error.contains("Could not resolve dependencies")) {
                // A dependency no repository has: often a module of the user's own build, not installed yet.
                fix = "install the dependency first if it is a module of your own build (mvn install in its "
                        + "directory), else fix it in pom.xml";
            } else {
                fix = wrapper == null ? "fix pom.xml" : "fix pom.xml or " + wrapper;
            }
            throw OpctlException.invalidInput(String.format("Maven%s could not resolve the project's class path "
                    + "(exit %d%s); see %s, %s%s", wrapper == null ? "" : " (" + wrapper + ")", status,
                    error, log.startsWith(projectDir) ? projectDir.relativize(log) : log, fix, otherwise));
        }
        return Files.readString(output, StandardCharsets.UTF_8).strip();
    }

    /**
     * The wrapper of the project, or of the build it is a module of (the nearest of the directories upwards
     * that have a pom.xml), when there is one; else Maven from the PATH.
     */
    private static String maven(Path projectDir) {
        boolean windows = File.separatorChar == '\\';
        for (Path dir = projectDir.toAbsolutePath(); dir != null && Files.isRegularFile(dir.resolve("pom.xml"));
                dir = dir.getParent()) {
            Path wrapper = dir.resolve(windows ? "mvnw.cmd" : "mvnw");
            if (Files.isRegularFile(wrapper)) {
                return wrapper.toString();
            }
        }
        return windows ? "mvn.cmd" : "mvn";
    }

    /**
     * ": <the first [ERROR] line>" of Maven's output, or nothing; with the line after it when it ends
     * with a colon ("Some problems were encountered while processing the POMs:" and the problem).
     */
    private static String firstError(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            String line = plain(lines.get(i));
            if (line.startsWith("[ERROR] ") && line.length() > 8) {
                // Maven may write the tag twice, and ends with where to read more, which the log has.
                String message = line.replaceFirst("^(\\[ERROR\\] )+", "").replaceFirst("\\s*-> \\[Help \\d+\\]$", "")
                        .strip();
                if (message.endsWith(":") && i + 1 < lines.size()) {
                    message += " " + plain(lines.get(i + 1)).replaceFirst("^\\[[A-Z]+\\]", "").strip();
                }
                return ": " + (message.length() > 300 ? message.substring(0, 300) + "..." : message);
            }
        }
        // No Maven error (a wrapper that failed before Maven ran, say): its last line.
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = plain(lines.get(i)).strip();
            if (!line.isEmpty()) {
                return ": " + (line.length() > 300 ? line.substring(0, 300) + "..." : line);
            }
        }
        return "";
    }

    /** A line without colour escapes, which some Maven builds still write. */
    private static String plain(String line) {
        return ANSI.matcher(line).replaceAll("");
    }

    /**
     * The jars and directories of {@code entries} (Maven lists a pom or native library dependency too,
     * which javac does not read), each jar checked to be a zip: one that is not is the pom's to
     * fix (a system dependency's path) or the local repository's (a download cut short), not a
     * class path the user passed.
     */
    private static List<Path> jars(List<Path> entries) throws IOException {
        List<Path> jars = new ArrayList<>(entries.size());
        for (Path entry : entries) {
            if (!Files.exists(entry)) { // said here, not as a --classpath the user never gave (trial36 L4)
                throw OpctlException.invalidInput(String.format("the project's class path (its Maven dependencies) "
                        + "names %s, which does not exist; build the module it is of first (mvn install), or fix that "
                        + "dependency in pom.xml", entry));
            }
            String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isRegularFile(entry) && !name.endsWith(".jar") && !name.endsWith(".zip")) {
                continue; // a dependency of another type (a pom, a native library), which javac never reads
            }
            jars.add(entry);
            if (Files.isRegularFile(entry)) {
                byte[] head = new byte[4];
                int read;
                try (InputStream in = Files.newInputStream(entry)) {
                    read = in.readNBytes(head, 0, 4);
                }
                if (read < 4 || head[0] != 'P' || head[1] != 'K') {
                    throw OpctlException.invalidInput(String.format("the project's class path (its Maven "
                            + "dependencies) names %s, which is not a jar; fix that dependency in pom.xml, or delete "
                            + "the file from the local Maven repository so that Maven downloads it again", entry));
                }
            }
        }
        return jars;
    }

    private static List<Path> entries(String classpath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }
}
