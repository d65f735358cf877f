package dev.opctl.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * I/O errors in words: what happened to which path and what to do, never an exception's class
 * name. They exit 1 ({@link ExitCode#FAILURE}): the input was fine, the file system was not.
 */
public final class FileErrors {
    /** The exit code of an I/O error, as documented: an unexpected failure, nothing changed. */

    private FileErrors() {
    }

    /** The I/O error {@code e} is or was caused by, or null. */
    public static IOException cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof UncheckedIOException unchecked) {
                return unchecked.getCause();
            }
        }
        return null;
    }

    /** {@code e} as a user-facing error with exit code {@link ExitCode#FAILURE}. */
    public static OpctlException of(IOException e) {
        return new OpctlException(ExitCode.FAILURE, message(e), e);
    }

    /** One line: what went wrong with which path, and what to do. */
    public static String message(IOException e) {
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "a file" : fs.getFile();
            String other = fs.getOtherFile() == null ? "" : " (and " + fs.getOtherFile() + ")";
            if (e instanceof AccessDeniedException) {
                return String.format("permission denied: %s%s; check the permissions of the file and its "
                        + "directories", file, other);
            }
            if (e instanceof NoSuchFileException) {
                return String.format("no such file or directory: %s%s; check the path, or that no other program "
                        + "is moving files there", file, other);
            }
            if (e instanceof NotDirectoryException) {
                return String.format("not a directory: %s; a file is where a directory must be, move it away",
                        fileInTheWay(file));
            }
            if (e instanceof FileAlreadyExistsException) {
                return String.format("already exists: %s%s; move it away and rerun", file, other);
            }
            if (e instanceof DirectoryNotEmptyException) {
                return String.format("directory not empty: %s; move its files away and rerun", file);
            }
            if (e instanceof FileSystemLoopException) {
                return String.format("symbolic link loop at %s; remove the link that points back", file);
            }
            String reason = fs.getReason() == null ? "input/output error" : fs.getReason();
            if (reason.toLowerCase(Locale.ROOT).contains("not a directory")) {
                file = fileInTheWay(file);
            }
            return String.format("%s: %s%s; %s", lowerFirst(reason), file, other, advice(reason));
        }
        if (e instanceof CharacterCodingException) {
            return "a file is not valid UTF-8; save it as UTF-8";
        }
        String message = e.getMessage() == null ? "input/output error" : e.getMessage();
        return lowerFirst(message) + "; check the file system and rerun";
    }

    /**
     * The file that stands where a directory on the way to {@code path} must be: its nearest ancestor that
     * exists, when that is no directory; else {@code path} itself.
     */
    private static String fileInTheWay(String path) {
        try {
            for (Path p = Path.of(path).getParent(); p != null; p = p.getParent()) {
                if (Files.exists(p)) {
                    return Files.isDirectory(p) ? path : p.toString();
                }
            }
        } catch (InvalidPathException e) {
            return path;
        }
        return path;
    }

    private static String advice(String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space")) {
            return "free some space and rerun";
        }
        if (r.contains("is a directory")) {
            return "a directory is where a file must be, move it away";
        }
        if (r.contains("not a directory")) {
            return "a file is where a directory must be, move it away";
        }
        if (r.contains("read-only")) {
            return "run opctl where it can write";
        }
        if (r.contains("name too long")) {
            return "use shorter names or a shorter path";
        }
        return "check the file system and rerun";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1)) ? text
                : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
