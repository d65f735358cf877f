package dev.opctl.scaffold;

import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.Ownership;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One edit of a file the user owns, at its {@code +opctl:scaffold:<marker>} comments: declared by
 * the command that needs it, as kubebuilder's inserters are, and done only when not done yet, so a
 * second run changes nothing. {@link #applyAll} reads each file once and applies its edits in order.
 */
public sealed interface MarkerEdit {
    /** The file, relative to the project. */
    String path();

    /** {@code content} with the edit made; a conflict (exit code 3) when its marker is missing. */
    String apply(String content);

    /** Each of {@code lines} the file lacks, inserted above the line of {@code marker}. */
    record InsertLines(String path, String marker, List<String> lines) implements MarkerEdit {
        public InsertLines {
            Objects.requireNonNull(marker, "marker == null");
            lines = List.copyOf(lines);
        }

        @Override
        public String apply(String content) {
            return ScaffoldMarker.insert(content, path, marker, lines);
        }
    }

    /** {@code line}, if the file lacks it, inserted below the line {@code after}, or else above {@code marker}. */
    record InsertLineAfter(String path, String marker, String line, String after) implements MarkerEdit {
        @Override
        public String apply(String content) {
            return ScaffoldMarker.insertAfter(content, path, marker, line, after);
        }
    }

    /**
     * {@code block}, which {@code what} names in errors, inserted above every line of {@code marker}; a conflict
     * when the file has the marker more than once and the block must be there {@code once}.
     */
    record InsertBlock(String path, String marker, List<String> block, String what, boolean once)
            implements MarkerEdit {
        public InsertBlock {
            Objects.requireNonNull(marker, "marker == null");
            block = List.copyOf(block);
        }

        @Override
        public String apply(String content) {
            return ScaffoldMarker.insertBlock(content, path, marker, block, what, once);
        }
    }

    /**
     * {@code block}, which {@code what} names in errors, removed from above every line of {@code marker}; a
     * conflict when the file still has {@code residue} (what the block names) after that.
     */
    record RemoveBlock(String path, String marker, List<String> block, String what, String residue)
            implements MarkerEdit {
        public RemoveBlock {
            Objects.requireNonNull(marker, "marker == null");
            Objects.requireNonNull(residue, "residue == null");
            block = List.copyOf(block);
        }

        @Override
        public String apply(String content) {
            return ScaffoldMarker.removeBlock(content, path, marker, block, what, residue);
        }
    }

    /** The YAML line {@code key} (e.g. {@code patches:}) removed where no list item follows it. */
    record RemoveEmptyKey(String path, String key) implements MarkerEdit {
        @Override
        public String apply(String content) {
            return ScaffoldMarker.removeEmptyKey(content, key);
        }
    }

    /** The lines equal to {@code line} removed (ignoring surrounding blanks); no marker needed. */
    record RemoveLine(String path, String line) implements MarkerEdit {
        @Override
        public String apply(String content) {
            return ScaffoldMarker.remove(content, line);
        }
    }

    /**
     * The files of {@code project} with {@code edits} made, one per file, in the
     * order the edits first name them.
     *
     * @param why what opctl cannot do when a file is missing, e.g. {@code ", so opctl cannot list the
     *     new CRD in it"}
     */
    static List<GeneratedFile> applyAll(ProjectFiles project, String why, List<? extends MarkerEdit> edits) {
        Map<String, List<MarkerEdit>> byFile = new LinkedHashMap<>();
        for (MarkerEdit edit : edits) {
            byFile.computeIfAbsent(edit.path(), p -> new ArrayList<>()).add(edit);
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (Map.Entry<String, List<MarkerEdit>> file : byFile.entrySet()) {
            String path = file.getKey();
            // The project is inconsistent, as 'opctl generate' calls a missing listed file: exit 2.
            String content = project.text(path).orElseThrow(() -> OpctlException.invalidInput(project.dir()
                    .resolve(path) + " is missing" + why + "; restore it (opctl new writes it), with its "
                    + "+opctl:scaffold marker line"));
            for (MarkerEdit edit : file.getValue()) {
                content = edit.apply(content);
            }
            files.add(new GeneratedFile(file.getKey(), content, Ownership.EDITED, false));
        }
        return files;
    }
}
