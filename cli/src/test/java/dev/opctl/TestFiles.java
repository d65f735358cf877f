package dev.opctl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
