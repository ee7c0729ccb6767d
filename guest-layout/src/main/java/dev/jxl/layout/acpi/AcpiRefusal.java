package dev.jxl.layout.acpi;

import java.util.Objects;

/**
 * One reason a blob (or the whole area) would be refused.
 *
 * @param source    {@code dm-acpi} or {@code acpi_firmware}
 * @param blobIndex 0-based position in the area; -1 for a rule about the whole area
 * @param offset    byte offset of the blob in the area
 * @param blobName  what the blob claims to be: {@code table NFIT}, {@code device NVDR}, ...
 */
public record AcpiRefusal(String source, int blobIndex, int offset, String blobName, Rule rule, String detail) {
    /** hvmloader's acceptance rules (the design thread's dm-acpi rules) plus jxl's own integrity checks. */
    public enum Rule {
        FRAMING("framing"),
        UNKNOWN_TYPE("unknown-type"),
        TABLE_TRUNCATED("table-truncated"),
        TABLE_LENGTH("table-length"),
        TABLE_CHECKSUM("table-checksum"),
        BUILT_BY_HVMLOADER("built-by-hvmloader"),
        NFIT_WITHOUT_VNVDIMM("nfit-without-vnvdimm"),
        DEVICE_NAME("device-name"),
        NAME_CLASHES_WITH_XEN_DSDT("name-clashes-with-xen-dsdt"),
        DUPLICATE("duplicate"),
        TABLE_LIMIT("table-limit");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public AcpiRefusal {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(blobName, "blobName");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    public String message() {
        String where = blobIndex < 0 ? source : source + " blob #" + blobIndex + " (" + blobName + ") at offset 0x"
                + Integer.toHexString(offset);
        return where + ": refused by rule " + rule.id() + ": " + detail;
    }

    @Override
    public String toString() {
        return message();
    }
}
