package dev.jxl.builder.backend;

/** A backend operation the hypervisor (or the simulated one) refused; the message says why, in Xen's terms. */
public class BackendException extends RuntimeException {
    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
