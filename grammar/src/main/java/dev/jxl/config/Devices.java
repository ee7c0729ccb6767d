package dev.jxl.config;

import dev.jxl.config.libxl.ChannelDevice;
import dev.jxl.config.libxl.DiskDevice;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.DtdevDevice;
import dev.jxl.config.libxl.NicDevice;
import dev.jxl.config.libxl.P9Device;
import dev.jxl.config.libxl.PciDevice;
import dev.jxl.config.libxl.PvcallsDevice;
import dev.jxl.config.libxl.SdlInfo;
import dev.jxl.config.libxl.UsbctrlDevice;
import dev.jxl.config.libxl.UsbdevDevice;
import dev.jxl.config.libxl.VdisplDevice;
import dev.jxl.config.libxl.VfbDevice;
import dev.jxl.config.libxl.VkbDevice;
import dev.jxl.config.libxl.VncInfo;
import dev.jxl.config.libxl.VsndDevice;
import dev.jxl.config.libxl.VtpmDevice;
import java.util.ArrayList;
import java.util.List;

/** The device lists of a domain, bound family by family in xl's order. */
final class Devices {
    private final XlGetters get;
    private final BindContext host;

    final List<DiskDevice> disks = new ArrayList<>();
    final List<NicDevice> nics = new ArrayList<>();
    final List<PciDevice> pcidevs = new ArrayList<>();
    final List<DtdevDevice> dtdevs = new ArrayList<>();
    final List<VfbDevice> vfbs = new ArrayList<>();
    final List<VkbDevice> vkbs = new ArrayList<>();
    final List<VtpmDevice> vtpms = new ArrayList<>();
    final List<P9Device> p9s = new ArrayList<>();
    final List<PvcallsDevice> pvcallsifs = new ArrayList<>();
    final List<VdisplDevice> vdispls = new ArrayList<>();
    final List<VsndDevice> vsnds = new ArrayList<>();
    final List<ChannelDevice> channels = new ArrayList<>();
    final List<UsbctrlDevice> usbctrls = new ArrayList<>();
    final List<UsbdevDevice> usbdevs = new ArrayList<>();

    Devices(XlGetters get, BindContext host) {
        this.get = get;
        this.host = host;
    }

    void bindPci(DomainType type) {
        get.setting("pci");
        get.setting("pci_permissive");
        get.setting("pci_msitranslate");
        get.setting("pci_seize");
        get.setting("pci_power_mgmt");
    }

    void bindDtdev() {
        get.setting("dtdev");
    }

    void bindDisks() {
        get.setting("disk");
    }

    void bindP9() {
        get.setting("p9");
    }

    void bindVtpm() {
        get.setting("vtpm");
    }

    void bindVdispl() {
        get.setting("vdispl");
    }

    void bindPvcalls() {
        get.setting("pvcalls");
    }

    void bindVsnd() {
        get.setting("vsnd");
    }

    void bindChannels() {
        get.setting("channel");
    }

    void bindNics() {
        get.setting("vif");
    }

    void bindVfbs() {
        get.setting("vfb");
    }

    void bindUsbctrls() {
        get.setting("usbctrl");
    }

    void bindUsbdevs() {
        get.setting("usbdev");
    }

    void bindVkbs() {
        get.setting("vkb");
    }

    void addTopLevelVfb(VncInfo vnc, SdlInfo sdl, String keymap) {
    }
}
