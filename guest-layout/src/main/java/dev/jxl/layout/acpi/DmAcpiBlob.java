package dev.jxl.layout.acpi;

import java.util.Objects;

import dev.jxl.layout.acpi.aml.NameSeg;
import dev.jxl.units.Bytes;

/**
 * One entry of the dm-acpi area proposed in the Xen vNVDIMM design thread (never merged upstream):
 * {@code type | size | data}. The byte format is in {@code guest-layout/ACPI-BLOBS.md}.
 */
public sealed interface DmAcpiBlob {
    int TYPE_TABLE = 0;
    int TYPE_NAMESPACE_DEVICE = 1;

    int type();

    /** The data after the 8-byte blob header. */
    Bytes data();

    /** Type 0: a whole ACPI table, header included, exactly as rendered. */
    record Table(Bytes table) implements DmAcpiBlob {
        public Table {
            Objects.requireNonNull(table, "table");
        }

        public static Table of(AcpiTable table) {
            return new Table(Bytes.of(table.toBytes()));
        }

        /** The first 4 bytes as text (not validated: a refused blob still has a name to report). */
        public String signature() {
            return table.length() >= 4 ? AcpiTableHeader.text(table.toByteArray(), 0, 4) : "?";
        }

        @Override
        public int type() {
            return TYPE_TABLE;
        }

        @Override
        public Bytes data() {
            return table;
        }

        @Override
        public String toString() {
            return "Table[" + signature() + ", " + table.length() + " bytes]";
        }
    }

    /**
     * Type 1: a namespace device, its 4-byte name then the AML TermList of its body (no DeviceOp or
     * PkgLength). hvmloader would wrap it as {@code Scope(\_SB) { Device(name) { body } }} in an SSDT of
     * its own, which is why device models may not hand it SSDTs.
     */
    record NamespaceDevice(NameSeg name, Bytes amlBody) implements DmAcpiBlob {
        public NamespaceDevice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(amlBody, "amlBody");
        }

        @Override
        public int type() {
            return TYPE_NAMESPACE_DEVICE;
        }

        @Override
        public Bytes data() {
            return Bytes.of(new ByteSink().bytes(name.toBytes()).bytes(amlBody).toByteArray());
        }

        @Override
        public String toString() {
            return "NamespaceDevice[" + name + ", " + amlBody.hex() + "]";
        }
    }
}
