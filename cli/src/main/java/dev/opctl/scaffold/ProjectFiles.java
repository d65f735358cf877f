package dev.opctl.scaffold;

import dev.opctl.engine.FileErrors;
import dev.opctl.engine.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The files of a project as a command finds them: every use case reads the project through one of
 * these, never the disk, so that it is a function of this snapshot and its request. A file is read
 * at most once (the project lock keeps others from changing it meanwhile). {@link #of(Map)} holds a
 * project in memory, for tests, as kubebuilder's scaffolds are tested on an in-memory file system.
 */
public final class ProjectFiles {
    private final Path dir;
    /** The files of a project held in memory; null when the project is on disk. */
    private final Map<String, String> memory;
    private final Map<String, Optional<String>> read = new HashMap<>();
    private final Supplier<List<Path>> classpath;
    private final Consumer<String> warnings;
    private Map<Path, String> sources;

    private ProjectFiles(Path dir, Map<String, String> memory, Supplier<List<Path>> classpath,
            Consumer<String> warnings) {
        this.dir = dir;
        this.memory = memory;
        this.classpath = Objects.requireNonNull(classpath, "classpath == null");
        this.warnings = Objects.requireNonNull(warnings, "warnings == null");
    }

    /** The project in {@code dir}, read from disk as it is needed, with no class path. */
    public static ProjectFiles on(Path dir) {
        return on(dir, List::of);
    }

    /**
     * The project in {@code dir}, whose sources may use types of the jars {@code classpath} gives
     * (its Maven dependencies): asked for only when a CRD needs a type the sources do not declare.
     */
    public static ProjectFiles on(Path dir, Supplier<List<Path>> classpath) {
        return on(dir, classpath, warning -> { });
    }

    /**
     * {@link #on(Path, Supplier)}, telling {@code warnings} what generating the project's tool-owned
     * files from its sources warns of (a class that gets no CRD, a kind the role cannot grant).
     */
    public static ProjectFiles on(Path dir, Supplier<List<Path>> classpath, Consumer<String> warnings) {
        return new ProjectFiles(Objects.requireNonNull(dir, "dir == null").toAbsolutePath().normalize(), null,
                classpath, warnings);
    }

    /** A project held in memory: each file's path, relative to the project, to its text. */
    public static ProjectFiles of(Map<String, String> files) {
        return new ProjectFiles(Path.of("/project").toAbsolutePath(), new TreeMap<>(files), List::of,
                warning -> { });
    }

    /** Where what generating the tool-owned files warns of goes. */
    public Consumer<String> warnings() {
        return warnings;
    }

    /** The jars and class directories the project's sources may use types of, resolved when first asked for. */
    public Supplier<List<Path>> classpath() {
        return classpath;
    }

    /** The project's directory: where paths in messages point, and the key of {@link #javaSources()}. */
    public Path dir() {
        return dir;
    }

    /** Whether the project has the file or directory {@code path} (relative to it). */
    public boolean exists(String path) {
        if (memory != null) {
            return memory.containsKey(path) || memory.keySet().stream().anyMatch(f -> f.startsWith(path + "/"));
        }
        return Files.exists(dir.resolve(path));
    }

    /**
     * The text of the file {@code path} (relative to the project), empty when there is no such file.
     *
     * @throws dev.opctl.engine.OpctlException (invalid input) naming the file and line of a byte that
     *     is not UTF-8; (exit 1) for an I/O error
     */
    public Optional<String> text(String path) {
        return read.computeIfAbsent(path, p -> {
            if (memory != null) {
                return Optional.ofNullable(memory.get(p));
            }
            Path file = dir.resolve(p);
            try {
                return Optional.of(TextFiles.decode(Files.readAllBytes(file), file.toString()));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw FileErrors.of(e);
            }
        });
    }

    /**
     * The text of the file {@code path}, any bytes that are not UTF-8 replaced; empty when there is no
     * such file. For telling whether a file is one opctl wrote: one that is not UTF-8 is not.
     */
    public Optional<String> lenientText(String path) {
        if (memory != null) {
            return Optional.ofNullable(memory.get(path));
        }
        try {
            return Optional.of(new String(Files.readAllBytes(dir.resolve(path)), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw FileErrors.of(e);
        }
    }

    /** The regular files directly in the directory {@code path}, relative to the project, in name order. */
    public List<String> list(String path) {
        String prefix = path + "/";
        if (memory != null) {
            return memory.keySet().stream().filter(f -> f.startsWith(prefix) && f.indexOf('/', prefix.length()) < 0)
                    .toList();
        }
        Path directory = dir.resolve(path);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(f -> prefix + f.getFileName()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw FileErrors.of(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    /**
     * The regular files under the directory {@code path} at any depth whose names end in
     * {@code suffix}, relative to the project, in name order.
     */
    public List<String> walk(String path, String suffix) {
        String prefix = path + "/";
        if (memory != null) {
            return memory.keySet().stream().filter(f -> f.startsWith(prefix) && f.endsWith(suffix)).toList();
        }
        Path root = dir.resolve(path);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw FileErrors.of(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    /**
     * Every Java source under {@code src/main/java}, by absolute path (under {@link #dir()}) in name
     * order: what the CRDs, the role and the webhook registry are generated from.
     */
    public Map<Path, String> javaSources() {
        if (sources == null) {
            Map<Path, String> found = new TreeMap<>();
            for (String path : walk(ToolOwned.SOURCES, ".java")) {
                found.put(dir.resolve(path), text(path).orElseThrow());
            }
            sources = found;
        }
        return sources;
    }
}
