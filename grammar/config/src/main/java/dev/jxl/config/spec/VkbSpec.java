package dev.jxl.config.spec;

import dev.jxl.config.libxl.VkbDevice;
import dev.jxl.config.libxl.VkbDevice.Backend;
import dev.jxl.diag.Echo;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One {@code vkb} spec (xl's parse_vkb_config): {@code key=value} tokens, numbers by strtoul base 0;
 * {@code backend-type} (qemu|linux) is required; any multi-touch size turns multi-touch on, and
 * multi-touch needs a size. Every failure is fatal.
 */
public final class VkbSpec {
    private VkbSpec() {
    }

    /** @param devid the keyboard's index among all vkbs (those made for vfbs come first) */
    public static VkbDevice parse(String spec, int devid, Consumer<String> warn) {
        VkbDevice.Builder vkb = new VkbDevice.Builder();
        vkb.devid = devid;
        for (CText.Token t : CText.options(spec)) {
            String token = t.text();
            int at = t.start();
            int eq = token.indexOf('=');
            String key = eq < 0 ? "" : token.substring(0, eq);
            String v = eq < 0 ? "" : token.substring(eq + 1);
            switch (key) {
                case "backend" -> vkb.backendDomname = v;
                case "backend-type" -> {
                    vkb.backendType = switch (v.toLowerCase(Locale.ROOT)) {
                        case "unknown" -> Backend.UNKNOWN;
                        case "qemu" -> Backend.QEMU;
                        case "linux" -> Backend.LINUX;
                        default -> throw new SpecException("Unknown backend_type \"" + Echo.value(v) + "\" in vkb spec", at);
                    };
                }
                case "unique-id" -> vkb.uniqueId = v;
                case "feature-disable-keyboard" -> vkb.featureDisableKeyboard = ulong(v) != 0;
                case "feature-disable-pointer" -> vkb.featureDisablePointer = ulong(v) != 0;
                case "feature-abs-pointer" -> vkb.featureAbsPointer = ulong(v) != 0;
                case "feature-raw-pointer" -> vkb.featureRawPointer = ulong(v) != 0;
                case "feature-multi-touch" -> vkb.featureMultiTouch = ulong(v) != 0;
                case "multi-touch-width" -> vkb.multiTouchWidth = uint32(v);
                case "multi-touch-height" -> vkb.multiTouchHeight = uint32(v);
                case "multi-touch-num-contacts" -> vkb.multiTouchNumContacts = uint32(v);
                case "width" -> vkb.width = uint32(v);
                case "height" -> vkb.height = uint32(v);
                default -> throw new SpecException("Unknown string \"" + Echo.value(token) + "\" in vkb spec", at);
            }
        }
        if (vkb.backendType == Backend.UNKNOWN) {
            throw new SpecException("backend-type should be set in vkb spec");
        }
        boolean anySize = vkb.multiTouchHeight != 0 || vkb.multiTouchWidth != 0 || vkb.multiTouchNumContacts != 0;
        if (anySize) {
            vkb.featureMultiTouch = true;
        }
        if (vkb.featureMultiTouch && !anySize) {
            throw new SpecException("multi-touch-width, multi-touch-height, multi-touch-num-contacts should be set"
                    + " for multi touch in vkb spec");
        }
        return vkb.build();
    }

    private static long ulong(String v) {
        return CText.strtoul(v, 0, 0).value();
    }

    private static long uint32(String v) {
        return ulong(v) & 0xFFFFFFFFL;
    }
}
