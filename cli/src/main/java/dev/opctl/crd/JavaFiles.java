package dev.opctl.crd;

import dev.opctl.engine.FileErrors;
import dev.opctl.engine.OpctlException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Finds the Java sources under the directories {@code --sources} names. */
final class JavaFiles {
    private JavaFiles() {
    }

    /** The {@code .java} files under {@code roots}, in walk order. */
    static List<Path> under(List<Path> roots) {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw OpctlException.invalidInput(String.format("source directory %s %s; pass a directory of Java "
                        + "sources with --sources", root,
                        Files.exists(root) ? "is not a directory" : "does not exist"));
            }
            try { // the walk's own attributes spare a second look at each file (symbolic links aside)
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (file.getFileName().toString().endsWith(".java") && (attributes.isRegularFile()
                                || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw FileErrors.of(e);
            }
        }
        return found;
    }
}
