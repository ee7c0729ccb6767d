package dev.jxl.build.host;

/** A host description that cannot be read: the message says where (FILE:LINE:COL) and what. */
public class HostDescriptionException extends RuntimeException {
    public HostDescriptionException(String message) {
        super(message);
    }

    public HostDescriptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
