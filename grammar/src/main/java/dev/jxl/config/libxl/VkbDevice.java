package dev.jxl.config.libxl;

import java.util.Locale;

/** libxl_device_vkb, from one {@code vkb} spec or made beside each vfb; fields in IDL order. */
public record VkbDevice(
        long backendDomid,
        String backendDomname,
        long devid,
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
        UNKNOWN, QEMU, LINUX;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The keyboard xl adds next to a vfb: only the devid is set. */
    public static VkbDevice forVfb(long devid) {
        return new VkbDevice(0, null, devid, Backend.UNKNOWN, null, false, false, false, false, false,
                0, 0, 0, 0, 0);
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT)
                .enumeration("backend_type", backendType, Backend.UNKNOWN)
                .string("unique_id", uniqueId)
                .bool("feature_disable_keyboard", featureDisableKeyboard)
                .bool("feature_disable_pointer", featureDisablePointer)
                .bool("feature_abs_pointer", featureAbsPointer)
                .bool("feature_raw_pointer", featureRawPointer)
                .bool("feature_multi_touch", featureMultiTouch)
                .integer("width", width)
                .integer("height", height)
                .integer("multi_touch_width", multiTouchWidth)
                .integer("multi_touch_height", multiTouchHeight)
                .integer("multi_touch_num_contacts", multiTouchNumContacts);
    }
}
