package dev.jxl.config.libxl;

import java.util.Locale;

/** libxl_device_disk, from one {@code disk} spec; fields in IDL order. */
public record DiskDevice(
        long backendDomid,
        String backendDomname,
        String pdevPath,
        String vdev,
        Backend backend,
        Format format,
        String script,
        long removable,
        long readwrite,
        long isCdrom,
        boolean directIoSafe,
        Defbool discardEnable,
        Specification specification,
        Transport transport,
        long irq,
        long base,
        Defbool coloEnable,
        Defbool coloRestoreEnable,
        String coloHost,
        long coloPort,
        String coloExport,
        String activeDisk,
        String hiddenDisk,
        Defbool trusted) implements LibxlJson.Struct {

    /** libxl_disk_format (init: unknown). */
    public enum Format implements LibxlEnum {
        UNKNOWN, QCOW, QCOW2, VHD, RAW, EMPTY, QED;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** libxl_disk_backend (init: unknown). */
    public enum Backend implements LibxlEnum {
        UNKNOWN, PHY, TAP, QDISK, STANDALONE;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** libxl_disk_specification (init: unknown). */
    public enum Specification implements LibxlEnum {
        UNKNOWN, XEN, VIRTIO;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** libxl_disk_transport (init: unknown); xl never sets it. */
    public enum Transport implements LibxlEnum {
        UNKNOWN, MMIO;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .string("pdev_path", pdevPath)
                .string("vdev", vdev)
                .enumeration("backend", backend, Backend.UNKNOWN)
                .enumeration("format", format, Format.UNKNOWN)
                .string("script", script)
                .integer("removable", removable)
                .integer("readwrite", readwrite)
                .integer("is_cdrom", isCdrom)
                .bool("direct_io_safe", directIoSafe)
                .defbool("discard_enable", discardEnable)
                .enumeration("specification", specification, Specification.UNKNOWN)
                .enumeration("transport", transport, Transport.UNKNOWN)
                .integer("irq", irq)
                .uint64("base", base)
                .defbool("colo_enable", coloEnable)
                .defbool("colo_restore_enable", coloRestoreEnable)
                .string("colo_host", coloHost)
                .integer("colo_port", coloPort)
                .string("colo_export", coloExport)
                .string("active_disk", activeDisk)
                .string("hidden_disk", hiddenDisk)
                .defbool("trusted", trusted);
    }
}
