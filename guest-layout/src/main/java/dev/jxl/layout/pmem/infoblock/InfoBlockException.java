package dev.jxl.layout.pmem.infoblock;

/** An info block cannot be made from the given inputs; the message says which input and why. */
public final class InfoBlockException extends RuntimeException {
    public InfoBlockException(String message) {
        super(message);
    }
}
