package dev.opctl.crd;

import dev.opctl.crd.model.Doc;
import dev.opctl.crd.syntax.Comment;
import dev.opctl.crd.syntax.SourceFile;
import dev.opctl.engine.OpctlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** The marker comments of the sources, wherever they are written ({@link SourceModel#markers}). */
final class SourceMarkers {
    private static final String OPCTL_MARKER = "+opctl:";

    private SourceMarkers() {
    }

    /** The markers in the comments of {@code files}, by file and line; one of opctl's it cannot read is an error. */
    static List<SourceModel.Marker> of(Map<Path, SourceFile> files) {
        List<SourceModel.Marker> found = new ArrayList<>();
        for (Map.Entry<Path, SourceFile> entry : files.entrySet()) {
            String file = entry.getKey().toString();
            for (Comment comment : entry.getValue().comments()) {
                String[] lines = Markers.markdownless(comment).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].indexOf('+') < 0) {
                        continue;
                    }
                    String line = lines[i].replaceFirst("^\\s*\\*", "");
                    Matcher m = Markers.MARKER.matcher(line);
                    if (!m.matches() && line.strip().startsWith(OPCTL_MARKER)) {
                        // A marker of opctl's that the grammar does not take would grant nothing, silently.
                        throw OpctlException.invalidInput(String.format("%s:%d: invalid marker '%s': write it as one "
                                + "word without spaces, e.g. +opctl:rbac:groups=apps,resources=deployments,verbs=get",
                                file, comment.line() + i, line.strip()));
                    }
                    if (m.matches()) {
                        found.add(new SourceModel.Marker(new Doc.Marker(m.group(1),
                                m.group(2) == null ? null : m.group(2).strip()), file + ":" + (comment.line() + i)));
                    }
                }
            }
        }
        return found;
    }
}
