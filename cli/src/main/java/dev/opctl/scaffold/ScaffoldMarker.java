package dev.opctl.scaffold;

import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Inserts lines into a user-owned file at a {@code +opctl:scaffold:NAME} marker comment, each only
 * when the file does not have it yet, so running a command twice changes nothing.
 */
public final class ScaffoldMarker {
    private ScaffoldMarker() {
    }

    /** The comment text of {@code marker}: {@code +opctl:scaffold:<marker>}. */
    public static String tag(String marker) {
        return "+opctl:scaffold:" + marker;
    }

    /**
     * {@code content} with each of {@code lines} that it lacks inserted just above the line holding
     * {@code +opctl:scaffold:<marker>}, with that line's indentation.
     *
     * @param file names the file in the error when the marker is missing
     */
    public static String insert(String content, String file, String marker, List<String> lines) {
        String tag = tag(marker);
        int at = content.indexOf(tag);
        if (at < 0) {
            throw OpctlException.conflict(String.format("%s has no '%s' marker comment, so opctl cannot add %s to "
                    + "it; put the marker back where opctl should add lines, or add them yourself", file, tag,
                    String.join(", ", lines)));
        }
        int lineStart = content.lastIndexOf('\n', at) + 1;
        String indent = content.substring(lineStart, at).replaceAll("[^ \t].*", "");
        StringBuilder added = new StringBuilder();
        for (String line : lines) {
            boolean present = content.lines().anyMatch(l -> l.strip().equals(line.strip()));
            if (!present) {
                added.append(indent).append(line).append('\n');
            }
        }
        return content.substring(0, lineStart) + added + content.substring(lineStart);
    }

    /**
     * {@code content} with {@code line}, when it lacks it, inserted just below the line equal to {@code after}
     * (ignoring surrounding blanks), with its indentation: where a new project has it. Without such a line,
     * as {@link #insert} does at {@code marker}.
     */
    public static String insertAfter(String content, String file, String marker, String line, String after) {
        if (content.lines().anyMatch(l -> l.strip().equals(line.strip()))) {
            return content;
        }
        int start = 0;
        for (String l : content.split("(?<=\n)")) {
            start += l.length();
            if (l.strip().equals(after.strip())) {
                String indent = l.replaceAll("(?s)[^ \t].*", "");
                String head = content.substring(0, start);
                return head + (head.endsWith("\n") ? "" : "\n") + indent + line.strip() + "\n"
                        + content.substring(start);
            }
        }
        return insert(content, file, marker, List.of(line));
    }

    /**
     * {@code content} with {@code block} inserted just above every line holding
     * {@code +opctl:scaffold:<marker>}, re-indented to that line's indentation, unless the file has
     * the block's first line already (so running a command twice changes nothing).
     *
     * @param file names the file in the error when the marker is missing
     * @param what what the block adds, for that error
     * @param once whether the file must have the marker once only: where the block declares something,
     *     a second copy (a marker copied with its line, a merge) would declare it twice
     */
    public static String insertBlock(String content, String file, String marker, List<String> block, String what,
            boolean once) {
        String first = block.get(0).strip();
        if (content.lines().anyMatch(l -> l.strip().equals(first))) {
            return content;
        }
        String tag = tag(marker);
        if (!content.contains(tag)) {
            throw OpctlException.conflict(String.format("%s has no '%s' marker comment, so opctl cannot add %s to "
                    + "it; put the marker back where opctl should add it, or add it yourself", file, tag, what));
        }
        List<String> lines = content.lines().toList();
        List<Integer> found = new ArrayList<>(1);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(tag)) {
                found.add(i + 1);
            }
        }
        if (once && found.size() > 1) {
            throw OpctlException.conflict(String.format("%s has the '%s' marker comment %d times (lines %s), so opctl "
                    + "would add %s %d times; keep the one where it belongs, then rerun", file, tag, found.size(),
                    found.stream().map(String::valueOf).collect(Collectors.joining(", ")), what, found.size()));
        }
        StringBuilder out = new StringBuilder();
        for (String line : content.split("(?<=\n)")) {
            int at = line.indexOf(tag);
            if (at >= 0) {
                String indent = line.substring(0, at).replaceAll("[^ \t].*", "");
                for (String added : block) {
                    out.append(added.isEmpty() ? "" : indent + added).append('\n');
                }
            }
            out.append(line);
        }
        return out.toString();
    }

    /**
     * {@code content} without {@code block} where {@link #insertBlock} put it, just above a line holding
     * {@code +opctl:scaffold:<marker>} at that line's indentation: the reverse of that edit.
     *
     * @param residue a name the block declares or uses, which the file's code (not its comments or strings)
     *     must not have once the block is removed: else the user edited the block, moved it, or uses what it
     *     declares, and removes it
     * @throws OpctlException (conflict) when the file has {@code residue} still
     */
    public static String removeBlock(String content, String file, String marker, List<String> block, String what,
            String residue) {
        String tag = tag(marker);
        List<String> lines = new ArrayList<>(List.of(content.split("(?<=\n)")));
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(tag);
            if (at < 0 || i < block.size()) {
                continue;
            }
            String indent = lines.get(i).substring(0, at).replaceAll("[^ \t].*", "");
            List<String> above = lines.subList(i - block.size(), i);
            List<String> expected = block.stream().map(b -> (b.isEmpty() ? "" : indent + b) + "\n").toList();
            if (above.equals(expected)) {
                above.clear();
                i -= block.size();
            }
        }
        String left = String.join("", lines);
        // In code only: a comment may name it.
        Matcher used = Pattern.compile("(?<![\\w$])" + Pattern.quote(residue) + "(?![\\w$])")
                .matcher(JavaSources.code(left));
        if (used.find()) {
            int start = left.lastIndexOf('\n', used.start()) + 1;
            int end = left.indexOf('\n', used.start());
            String line = left.substring(start, end < 0 ? left.length() : end).strip();
            throw OpctlException.conflict(String.format("%s has %s, changed from what opctl wrote, or uses it "
                    + "elsewhere ('%s'), so opctl cannot remove it: remove the lines with '%s' yourself, then rerun",
                    file, what, line.length() > 80 ? line.substring(0, 77) + "..." : line, residue));
        }
        return left;
    }

    /** {@code content} without the YAML line {@code key} where the line after it is not a list item. */
    public static String removeEmptyKey(String content, String key) {
        List<String> lines = List.of(content.split("(?<=\n)"));
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            boolean empty = lines.get(i).strip().equals(key)
                    && (i + 1 == lines.size() || !lines.get(i + 1).strip().startsWith("-"));
            if (!empty) {
                kept.append(lines.get(i));
            }
        }
        return kept.toString();
    }

    /** {@code content} without the lines equal to {@code line} (ignoring surrounding blanks). */
    public static String remove(String content, String line) {
        StringBuilder kept = new StringBuilder();
        for (String l : content.split("(?<=\n)")) {
            if (!l.strip().equals(line.strip())) {
                kept.append(l);
            }
        }
        return kept.toString();
    }
}
