package dev.jxl.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.grammar.xl.XlConfigWriter;
import dev.jxl.grammar.xl.XlValue;
import dev.jxl.grammar.xm.XmEnvironment;
import dev.jxl.grammar.xm.XmReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * xend's defaults that xl does not share are written out (issue 12 item 3), each with one report
 * line naming xend's default; defaults both share are not written.
 */
class XmXendDefaultsTest {

    private static XmConversion convert(String text, String... words) {
        XmCommandLine commandLine = XmCommandLine.parse(List.of(words), null);
        return XmToXlConverter.convert(XmReader.read("d.cfg", text,
                XmEnvironment.of("d.cfg", commandLine.scriptVariables())), "d.cfg", commandLine);
    }

    private static Map<String, String> settings(XmConversion c) {
        return c.settings().stream().collect(Collectors.toMap(XlConfigWriter.Entry::key, e -> e.value() instanceof XlValue.Text t ? t.text() : e.value().toString()));
    }

    private static List<String> added(XmConversion c) {
        return c.report().changes().stream().filter(ch -> ch.kind() == ConversionChange.Kind.ADDED)
                .map(ConversionChange::xmKey).toList();
    }

    @Test
    void crashedGuestIsRestartedAsUnderXend() {
        XmConversion c = convert("name = 'a'\nkernel = '/k'\nmemory = 256\n");
        assertEquals("restart", settings(c).get("on_crash"));
        assertTrue(c.report().toText().contains("d.cfg:1:1: added: on_crash: on_crash = 'restart': xend's default"
                + " on_crash was 'restart' (XendConfig actions_after_crash); xl's is 'destroy'\n"), c.report().toText());
        assertEquals(List.of("builder", "on_crash"), added(c));
    }

    @Test
    void anOnCrashOrRestartOfTheConfigIsKept() {
        assertEquals("destroy", settings(convert("name = 'a'\nkernel = '/k'\non_crash = 'destroy'\n")).get("on_crash"));
        assertEquals("restart", settings(convert("name = 'a'\nkernel = '/k'\nrestart = 'always'\n")).get("on_crash"));
        assertEquals("destroy", settings(convert("name = 'a'\nkernel = '/k'\nrestart = 'onreboot'\n")).get("on_crash"));
        assertEquals("coredump-restart",
                settings(convert("name = 'a'\nkernel = '/k'\n", "on_crash=coredump-restart")).get("on_crash"));
        XmConversion c = convert("name = 'a'\nkernel = '/k'\non_crash = 'destroy'\n");
        assertFalse(added(c).contains("on_crash"), c.report().toText());
    }

    @Test
    void hvmGetsXendsHpetBootAndDisplay() {
        XmConversion c = convert("name = 'h'\nbuilder = 'hvm'\nmemory = 512\npci = ['01:00.0']\n");
        Map<String, String> s = settings(c);
        assertEquals("0", s.get("hpet"));
        assertEquals("c", s.get("boot"));
        assertEquals("0", s.get("vnc"));
        assertEquals("1", s.get("pci_msitranslate"));
        assertEquals(List.of("on_crash", "hpet", "boot", "vnc", "pci_msitranslate"),
                added(c).stream().filter(k -> !k.equals("builder")).toList());
    }

    @Test
    void hvmSettingsOfTheConfigWin() {
        XmConversion c = convert("name = 'h'\nbuilder = 'hvm'\nmemory = 512\nhpet = 1\nboot = 'dc'\nsdl = 1\n"
                + "pci = ['01:00.0']\npci_msitranslate = 0\n");
        Map<String, String> s = settings(c);
        assertEquals("1", s.get("hpet"));
        assertEquals("dc", s.get("boot"));
        assertEquals("0", s.get("pci_msitranslate"));
        assertEquals("0", s.get("vnc"), "xend showed only SDL; xl would add VNC");
        assertFalse(convert("name = 'h'\nbuilder = 'hvm'\nvfb = ['vnc=1']\n").toXlText().contains("vnc = 0"));
    }

    @Test
    void bootloaderGetsXendsQuietFlag() {
        assertEquals("[ '-q' ]", settings(convert("name = 'a'\nbootloader = 'pygrub'\n")).get("bootloader_args"));
        assertEquals("[ '--entry=1' ]",
                settings(convert("name = 'a'\nbootloader = 'pygrub'\nbootargs = '--entry=1'\n")).get("bootloader_args"));
        assertFalse(settings(convert("name = 'a'\nkernel = '/k'\n")).containsKey("bootloader_args"));
    }

    @Test
    void defaultsXendSharesWithXlAreNotWritten() {
        XmConversion hvm = convert("name = 'h'\nbuilder = 'hvm'\nmemory = 512\n");
        XmConversion pv = convert("name = 'p'\nkernel = '/k'\n");
        for (XmConversion c : List.of(hvm, pv)) {
            for (String same : List.of("on_poweroff", "on_reboot", "vcpus", "maxmem", "shadow_memory", "acpi", "apic",
                    "pae", "hap", "viridian", "timer_mode", "vpt_align", "localtime", "rtc_timeoffset", "tsc_mode",
                    "nomigrate", "oos", "usb", "stdvga", "videoram", "xen_platform_pci", "pci_power_mgmt", "vncunused",
                    "vnclisten", "sdl", "nographic", "nestedhvm")) {
                assertFalse(settings(c).containsKey(same), same + "\n" + c.toXlText());
            }
        }
        assertEquals(List.of("builder", "memory", "on_crash"), added(pv));
    }
}
