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
        Defbool vnc = Defbool.DEFAULT;
        Defbool vncunused = Defbool.DEFAULT;
        Defbool sdl = Defbool.DEFAULT;
        Defbool opengl = Defbool.DEFAULT;
        String listen = null;
        String passwd = null;
        String display = null;
        String xauthority = null;
        String keymap = null;
        long vncdisplay = 0;
        for (CText.KeyValue kv : CText.keyValues(spec)) {
            String key = kv.key();
            String value = kv.value();
            switch (key) {
                case "vnc" -> vnc = Defbool.of(CText.atoi(value) != 0);
                case "vnclisten" -> listen = value;
                case "vncpasswd" -> passwd = value;
                case "vncdisplay" -> vncdisplay = CText.atoi(value);
                case "vncunused" -> vncunused = Defbool.of(CText.atoi(value) != 0);
                case "keymap" -> keymap = value;
                case "sdl" -> sdl = Defbool.of(CText.atoi(value) != 0);
                case "opengl" -> opengl = Defbool.of(CText.atoi(value) != 0);
                case "display" -> display = value;
                case "xauthority" -> xauthority = value;
                default -> { } // ignored silently by xl
            }
        }
        VfbDevice vfb = new VfbDevice(0, null, devid, new VncInfo(vnc, listen, passwd, vncdisplay, vncunused),
                new SdlInfo(sdl, opengl, display, xauthority), keymap);
        return new Result(vfb, VkbDevice.forVfb(devid));
    }
}
