package dev.opctl.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compares generated files with what is on disk, for {@code --check}: nothing is written. */
public final class StaleCheck {
    /**
     * What is stale.
     *
     * @param paths the files that differ or are missing, relative to the project
     * @param diff a unified diff from the files on disk to the generated ones
     */
    public record Result(List<String> paths, String diff) {
        public boolean stale() {
            return !paths.isEmpty();
        }
    }

    private StaleCheck() {
    }

    public static Result check(Path root, FileSet files) {
        return check(root, files, List.of());
    }

    /** Also reports the files at {@code obsolete} (relative to {@code root}) that exist: they would be deleted. */
    public static Result check(Path root, FileSet files, List<String> obsolete) {
        return check(root, files, obsolete, "");
    }

    /**
     * {@link #check(Path, FileSet, List)}, saying each path with {@code shown} before it: the directory
     * {@code root} is in, relative to where the command runs ({@code config/crd/}), so that the diff applies
     * there ({@code git apply}), as that of {@code opctl generate} does.
     */
    public static Result check(Path root, FileSet files, List<String> obsolete, String shown) {
        List<String> paths = new ArrayList<>();
        StringBuilder diff = new StringBuilder();
        for (String path : obsolete) {
            String existing = read(root.resolve(path));
            if (existing == null) {
                continue;
            }
            paths.add(shown + path);
            List<String> before = existing.lines().toList();
            for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + shown + path, "/dev/null", before,
                    DiffUtils.diff(before, List.of()), 3)) {
                diff.append(line).append('\n');
            }
        }
        for (GeneratedFile file : files.files()) {
            Path target = root.resolve(file.path());
            String existing = read(target);
            if (existing != null && existing.equals(file.content())) {
                continue;
            }
            paths.add(shown + file.path());
            List<String> before = existing == null ? List.of() : existing.lines().toList();
            List<String> after = file.content().lines().toList();
            String from = existing == null ? "/dev/null" : "a/" + shown + file.path();
            for (String line : UnifiedDiffUtils.generateUnifiedDiff(from, "b/" + shown + file.path(), before,
                    DiffUtils.diff(before, after), 3)) {
                diff.append(line).append('\n');
            }
        }
        return new Result(paths, diff.toString());
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
