package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_device_disk, from one {@code disk} spec; fields in IDL order. */
@Idl.Struct
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
        @Idl.Uint64 long base,
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
        UNKNOWN, QCOW, QCOW2, VHD, RAW, EMPTY, QED
    }

    /** libxl_disk_backend (init: unknown). */
    public enum Backend implements LibxlEnum {
        UNKNOWN, PHY, TAP, QDISK, STANDALONE
    }

    /** libxl_disk_specification (init: unknown). */
    public enum Specification implements LibxlEnum {
        UNKNOWN, XEN, VIRTIO
    }

    /** libxl_disk_transport (init: unknown); xl never sets it. */
    public enum Transport implements LibxlEnum {
        UNKNOWN, MMIO
    }

    @Override
    public void writeFields(LibxlJson j) {
        DiskDeviceIdl.writeFields(this, j);
    }
}
