package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_device_vkb, from one {@code vkb} spec or made beside each vfb; fields in IDL order. */
@Idl.Struct(builder = true)
public record VkbDevice(
        long backendDomid,
        String backendDomname,
        @Idl.Devid long devid,
        Backend backendType,
        String uniqueId,
        boolean featureDisableKeyboard,
        boolean featureDisablePointer,
        boolean featureAbsPointer,
        boolean featureRawPointer,
        boolean featureMultiTouch,
        long width,
        long height,
        long multiTouchWidth,
        long multiTouchHeight,
        long multiTouchNumContacts) implements LibxlJson.Struct {

    /** libxl_vkb_backend (init: unknown). */
    public enum Backend implements LibxlEnum {
        UNKNOWN, QEMU, LINUX
    }

    /** The keyboard xl adds next to a vfb: only the devid is set. */
    public static VkbDevice forVfb(long devid) {
        Builder vkb = new Builder();
        vkb.devid = devid;
        return vkb.build();
    }

    /** Mutable while a spec is read; fields start at libxl's init values. */
    public static final class Builder extends VkbDeviceIdl.Builder {
    }

    @Override
    public void writeFields(LibxlJson j) {
        VkbDeviceIdl.writeFields(this, j);
    }
}
