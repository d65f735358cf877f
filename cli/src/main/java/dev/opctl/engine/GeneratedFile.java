package dev.opctl.engine;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file a command generates, fully rendered in memory.
 *
 * @param path path relative to the project directory, with {@code /} separators
 * @param content the complete file content
 * @param ownership who owns the file once it is written
 * @param executable whether the file gets the executable bit (scripts)
 */
public record GeneratedFile(String path, String content, Ownership ownership, boolean executable) {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    public GeneratedFile {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(content, "content == null");
        Objects.requireNonNull(ownership, "ownership == null");
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            throw new IllegalArgumentException("not a relative path inside the project: " + path);
        }
    }

    /** A file the user owns. */
    public static GeneratedFile user(String path, String content) {
        return new GeneratedFile(path, content, Ownership.USER, false);
    }

    /** A file opctl owns and rewrites. */
    public static GeneratedFile tool(String path, String content) {
        return new GeneratedFile(path, content, Ownership.TOOL, false);
    }
}
