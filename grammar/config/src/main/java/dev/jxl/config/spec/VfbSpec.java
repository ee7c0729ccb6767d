package dev.jxl.config.spec;

import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.libxl.SdlInfo;
import dev.jxl.config.libxl.VfbDevice;
import dev.jxl.config.libxl.VkbDevice;
import dev.jxl.config.libxl.VncInfo;
import java.util.function.Consumer;

/**
 * One {@code vfb} spec: {@code key=value} tokens ({@code vnc vnclisten vncpasswd vncdisplay vncunused
 * keymap sdl opengl display xauthority}; numbers by atoi). Each vfb also gets a keyboard (vkb) with
 * the same devid. Quirks kept: parsing stops silently at the first token without {@code =}, and
 * unknown keys are ignored without a word, as in xl.
 */
public final class VfbSpec {
    private VfbSpec() {
    }

    /** The framebuffer and the keyboard xl adds with it. */
    public record Result(VfbDevice vfb, VkbDevice vkb) {
    }

    /** @param devid the vfb's index in the {@code vfb} list (also its vkb's devid) */
    public static Result parse(String spec, int devid, Consumer<String> warn) {
        VfbDevice.Builder vfb = new VfbDevice.Builder();
        vfb.devid = devid;
        VncInfo.Builder vnc = new VncInfo.Builder();
        SdlInfo.Builder sdl = new SdlInfo.Builder();
        for (CText.KeyValue kv : CText.keyValues(spec)) {
            String key = kv.key();
            String value = kv.value();
            switch (key) {
                case "vnc" -> vnc.enable = Defbool.of(CText.atoi(value) != 0);
                case "vnclisten" -> vnc.listen = value;
                case "vncpasswd" -> vnc.passwd = value;
                case "vncdisplay" -> vnc.display = CText.atoi(value);
                case "vncunused" -> vnc.findunused = Defbool.of(CText.atoi(value) != 0);
                case "keymap" -> vfb.keymap = value;
                case "sdl" -> sdl.enable = Defbool.of(CText.atoi(value) != 0);
                case "opengl" -> sdl.opengl = Defbool.of(CText.atoi(value) != 0);
                case "display" -> sdl.display = value;
                case "xauthority" -> sdl.xauthority = value;
                default -> { } // ignored silently by xl
            }
        }
        vfb.vnc = vnc.build();
        vfb.sdl = sdl.build();
        return new Result(vfb.build(), VkbDevice.forVfb(devid));
    }
}
