package dev.jxl.layout.acpi;

/** A dm-acpi area that cannot be split into blobs; names the blob and its byte offset. */
public final class DmAcpiFormatException extends RuntimeException {
    private final int blobIndex;
    private final int offset;

    public DmAcpiFormatException(int blobIndex, int offset, String message) {
        super("dm-acpi blob #" + blobIndex + " at offset 0x" + Integer.toHexString(offset) + ": " + message);
        this.blobIndex = blobIndex;
        this.offset = offset;
    }

    public int blobIndex() {
        return blobIndex;
    }

    public int offset() {
        return offset;
    }
}
