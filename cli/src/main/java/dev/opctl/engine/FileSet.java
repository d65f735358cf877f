package dev.opctl.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The complete output of a command: generated files keyed by path, in path order. */
public final class FileSet {
    private final Map<String, GeneratedFile> files;

    private FileSet(Map<String, GeneratedFile> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** The files, sorted by path. */
    public List<GeneratedFile> files() {
        return List.copyOf(files.values());
    }

    public int size() {
        return files.size();
    }

    /** The file at {@code path}, or {@code null}. */
    public GeneratedFile get(String path) {
        return files.get(path);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects generated files; two files for one path are a programming error. */
    public static final class Builder {
        private final Map<String, GeneratedFile> files = new TreeMap<>();
        private final List<String> duplicates = new ArrayList<>();

        private Builder() {
        }

        public Builder add(GeneratedFile file) {
            if (files.putIfAbsent(file.path(), file) != null) {
                duplicates.add(file.path());
            }
            return this;
        }

        public FileSet build() {
            if (!duplicates.isEmpty()) {
                throw new IllegalStateException("generated twice: " + duplicates);
            }
            return new FileSet(new TreeMap<>(files));
        }
    }
}
