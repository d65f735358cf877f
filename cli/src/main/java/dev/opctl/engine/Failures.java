package dev.opctl.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** I/O errors in words, with the path, for the one line a failed command prints. */
public final class Failures {
    private Failures() {
    }

    /** "ACTION in PATH: REASON" as an unexpected failure (exit code 1). */
    public static OpctlException io(String action, Path where, IOException e) {
        return new OpctlException(1, action + " in " + where + ": " + describe(e), e);
    }

    /** What went wrong, in words: "FILE: permission denied", "FILE: no space left on device", ... */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fse) {
            String file = fse.getFile() == null ? "" : fse.getFile() + ": ";
            return file + reason(fse);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an input/output error" : message.toLowerCase(Locale.ROOT);
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        String reason = e.getReason();
        return reason == null || reason.isBlank() ? "an input/output error" : reason.toLowerCase(Locale.ROOT);
    }
}
