package dev.jxl.diag;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in the words of strerror, without the path the JDK puts
 * in its messages (the diagnostic names the file once, itself).
 */
public final class IoReason {
    private IoReason() {
    }

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return lower(fs.getReason());
        }
        String m = e.getMessage();
        if (e instanceof FileNotFoundException && m != null && m.endsWith(")") && m.contains(" (")) {
            // RandomAccessFile's "PATH (REASON)"
            return lower(m.substring(m.lastIndexOf(" (") + 2, m.length() - 1));
        }
        return m == null ? e.getClass().getSimpleName() : lower(m); // the kernel's strerror, as "Is a directory"
    }

    private static String lower(String reason) {
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
}
