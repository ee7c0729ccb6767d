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
        String backend = null;
        Backend backendType = Backend.UNKNOWN;
        String uniqueId = null;
        boolean disableKeyboard = false;
        boolean disablePointer = false;
        boolean absPointer = false;
        boolean rawPointer = false;
        boolean multiTouch = false;
        long width = 0;
        long height = 0;
        long mtWidth = 0;
        long mtHeight = 0;
        long mtContacts = 0;
        for (CText.Token t : CText.strtok(spec, ",")) {
            int from = CText.skipBlanks(t.text(), 0);
            String token = t.text().substring(from);
            int at = t.start() + from;
            int eq = token.indexOf('=');
            String key = eq < 0 ? "" : token.substring(0, eq);
            String v = eq < 0 ? "" : token.substring(eq + 1);
            switch (key) {
                case "backend" -> backend = v;
                case "backend-type" -> {
                    backendType = switch (v.toLowerCase(Locale.ROOT)) {
                        case "unknown" -> Backend.UNKNOWN;
                        case "qemu" -> Backend.QEMU;
                        case "linux" -> Backend.LINUX;
                        default -> throw new SpecException("Unknown backend_type \"" + Echo.value(v) + "\" in vkb spec", at);
                    };
                }
                case "unique-id" -> uniqueId = v;
                case "feature-disable-keyboard" -> disableKeyboard = ulong(v) != 0;
                case "feature-disable-pointer" -> disablePointer = ulong(v) != 0;
                case "feature-abs-pointer" -> absPointer = ulong(v) != 0;
                case "feature-raw-pointer" -> rawPointer = ulong(v) != 0;
                case "feature-multi-touch" -> multiTouch = ulong(v) != 0;
                case "multi-touch-width" -> mtWidth = uint32(v);
                case "multi-touch-height" -> mtHeight = uint32(v);
                case "multi-touch-num-contacts" -> mtContacts = uint32(v);
                case "width" -> width = uint32(v);
                case "height" -> height = uint32(v);
                default -> throw new SpecException("Unknown string \"" + Echo.value(token) + "\" in vkb spec", at);
            }
        }
        if (backendType == Backend.UNKNOWN) {
            throw new SpecException("backend-type should be set in vkb spec");
        }
        boolean anySize = mtHeight != 0 || mtWidth != 0 || mtContacts != 0;
        if (anySize) {
            multiTouch = true;
        }
        if (multiTouch && !anySize) {
            throw new SpecException("multi-touch-width, multi-touch-height, multi-touch-num-contacts should be set"
                    + " for multi touch in vkb spec");
        }
        return new VkbDevice(0, backend, devid, backendType, uniqueId, disableKeyboard, disablePointer, absPointer,
                rawPointer, multiTouch, width, height, mtWidth, mtHeight, mtContacts);
    }

    private static long ulong(String v) {
        return CText.strtoul(v, 0, 0).value();
    }

    private static long uint32(String v) {
        return ulong(v) & 0xFFFFFFFFL;
    }
}
