package dev.opctl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads directory trees for assertions. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Every file and directory under {@code root}, relative and sorted. */
    public static List<String> listing(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /**
     * The content of every file under {@code root}, by relative path; build output ({@code target/},
     * which the generated projects' .gitignore leaves out) is not part of it.
     */
    public static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).toString().startsWith("target/")).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    /**
     * Every file (its bytes, and whether it is executable) and directory under {@code root}, hidden
     * ones included, by relative path (directories end in '/'): equal trees give equal maps.
     */
    public static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    entries.put(name, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    entries.put(name + "/", "directory");
                } else {
                    entries.put(name, (Files.isExecutable(p) ? "executable " : "")
                            + Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
                }
            }
        }
        return entries;
    }

    /** Copies the tree at {@code from} to {@code to}, with the files' attributes; returns {@code to}. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** Deletes the tree at {@code root}. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
