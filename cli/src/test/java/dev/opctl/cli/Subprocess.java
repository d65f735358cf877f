package dev.opctl.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** opctl run as a process of its own, as a user runs it, on this test run's classes. */
record Subprocess(int exitCode, String out, String err) {
    private static final Pattern RUNTIME = Pattern.compile(
            "(picocli|compiler|jackson-[a-z-]+|snakeyaml|javapoet|javaparser-core|java-diff-utils|asm)-[0-9]");

    /** A started opctl process and the files its output goes to. */
    record Running(Process process, Path out, Path err) {
        /** Waits for the process (at most a minute) and reads what it printed. */
        Subprocess finish() throws IOException, InterruptedException {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("opctl did not end within a minute");
            }
            Subprocess done = new Subprocess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return done;
        }
    }

    /** Starts {@code opctl args...} in {@code workingDir} with {@code env} added to the environment. */
    static Running start(Path workingDir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                runtimeClassPath(), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("opctl-out", ".txt");
        Path err = Files.createTempFile("opctl-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        return new Running(builder.start(), out, err);
    }

    /**
     * opctl's classes and its runtime libraries, without the test libraries (the generated projects'
     * stack), which only make a start slower.
     */
    private static String runtimeClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith("classes") && !entry.endsWith("test-classes")
                        || RUNTIME.matcher(Path.of(entry).getFileName().toString()).lookingAt())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Runs {@code opctl args...} to its end. */
    static Subprocess run(Path workingDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return start(workingDir, env, args).finish();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
