package dev.jxl.config;

import dev.jxl.config.libxl.ChannelDevice;
import dev.jxl.config.libxl.DiskDevice;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.DtdevDevice;
import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.NicDevice;
import dev.jxl.config.libxl.P9Device;
import dev.jxl.config.libxl.PciDevice;
import dev.jxl.config.libxl.PvcallsDevice;
import dev.jxl.config.libxl.RdmReserve;
import dev.jxl.config.libxl.SdlInfo;
import dev.jxl.config.libxl.UsbctrlDevice;
import dev.jxl.config.libxl.UsbdevDevice;
import dev.jxl.config.libxl.VdisplDevice;
import dev.jxl.config.libxl.VfbDevice;
import dev.jxl.config.libxl.VkbDevice;
import dev.jxl.config.libxl.VncInfo;
import dev.jxl.config.libxl.VsndDevice;
import dev.jxl.config.libxl.VtpmDevice;
import dev.jxl.config.spec.ChannelSpec;
import dev.jxl.config.spec.DiskSpec;
import dev.jxl.config.spec.DtdevSpec;
import dev.jxl.config.spec.NicDefaults;
import dev.jxl.config.spec.NicSpec;
import dev.jxl.config.spec.P9Spec;
import dev.jxl.config.spec.PciDefaults;
import dev.jxl.config.spec.PciSpec;
import dev.jxl.config.spec.PvcallsSpec;
import dev.jxl.config.spec.SpecException;
import dev.jxl.config.spec.UsbctrlSpec;
import dev.jxl.config.spec.UsbdevSpec;
import dev.jxl.config.spec.VdisplSpec;
import dev.jxl.config.spec.VfbSpec;
import dev.jxl.config.spec.VkbSpec;
import dev.jxl.config.spec.VsndSpec;
import dev.jxl.config.spec.VtpmSpec;
import dev.jxl.diag.Echo;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The device lists of a domain, bound family by family in xl's order. Each spec string goes to its
 * parser in {@code dev.jxl.config.spec}; a spec error becomes a config error at the spec's position
 * (plus the offset into it, where the parser knows one).
 */
final class Devices {
    private final XlGetters get;

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
    }

    /*
     * Each family binds only when its key is set: a parser passed as a method reference is linked
     * where it is passed, whether or not there is a spec to parse (about 0.2 ms each on a cold JDK 17).
     */

    /** One spec through its parser, with xl's complaints as warnings and failures as positioned errors. */
    private interface Parser<T> {
        T parse(String spec, Consumer<String> warn);
    }

    private <T> List<T> each(String key, Parser<T> parser) {
        Optional<XlValue.Items> list = get.list(key);
        List<T> out = new ArrayList<>();
        if (list.isEmpty()) {
            return out;
        }
        for (XlValue.Text item : get.stringItems(key, list.get())) {
            out.add(one(key, item, parser));
        }
        return out;
    }

    private <T> T one(String key, XlValue.Text item, Parser<T> parser) {
        try {
            return parser.parse(item.text(), w -> get.warnAt(item.position(), key, w));
        } catch (SpecException e) {
            throw new XlGetters.BindError(at(item, e.offset()), key, key + " spec '"
                    + Echo.value(item.text()) + "': " + e.getMessage());
        }
    }

    /** The position of a character in a quoted spec (past the opening quote) or of the spec itself. */
    private static SourcePosition at(XlValue.Text item, int offset) {
        SourcePosition p = item.position();
        if (offset < 0 || item.text().indexOf('\n') >= 0) {
            return p;
        }
        return new SourcePosition(p.source(), p.line(), p.column() + 1 + offset);
    }

    void bindPci(DomainType type, RdmReserve rdm, boolean rdmGiven) {
        boolean msitranslate = get.number("pci_msitranslate").orElse(0) != 0;
        boolean powerMgmt = get.number("pci_power_mgmt").orElse(0) != 0;
        boolean permissive = get.number("pci_permissive").orElse(0) != 0;
        boolean seize = get.number("pci_seize").orElse(0) != 0;
        // xl copies b_info->u.hvm.rdm.policy into each device whatever the type: for PV/PVH that union
        // member was zeroed (strict) unless rdm= wrote it — the note's "PV shows strict" artefact
        RdmPolicy policy = type == DomainType.HVM || rdmGiven ? rdm.policy() : RdmPolicy.STRICT;
        PciDefaults defaults = new PciDefaults(permissive, msitranslate, seize, powerMgmt, policy);
        if (get.isSet("pci")) {
            pcidevs.addAll(each("pci", (spec, warn) -> PciSpec.parse(spec, defaults, warn)));
        }
    }

    void bindDtdev() {
        if (get.isSet("dtdev")) {
            dtdevs.addAll(each("dtdev", DtdevSpec::parse));
        }
    }

    void bindDisks() {
        if (get.isSet("disk")) {
            disks.addAll(each("disk", DiskSpec::parse));
        }
    }

    void bindP9() {
        // xl keeps the parsed fields across items (they are declared outside its loop): an item
        // without tag= inherits the previous one's. Passing the previous device keeps that.
        P9Device[] previous = {null};
        if (get.isSet("p9")) {
            p9s.addAll(each("p9", (spec, warn) -> previous[0] = P9Spec.parse(spec, previous[0], warn)));
        }
    }

    void bindVtpm() {
        if (get.isSet("vtpm")) {
            vtpms.addAll(indexed("vtpm", VtpmSpec::parse));
        }
    }

    private <T> List<T> indexed(String key, IndexedParser<T> parser) {
        int[] index = {0};
        return each(key, (spec, warn) -> parser.parse(spec, index[0]++, warn));
    }

    private interface IndexedParser<T> {
        T parse(String spec, int devid, Consumer<String> warn);
    }

    void bindVdispl() {
        if (get.isSet("vdispl")) {
            vdispls.addAll(indexed("vdispl", VdisplSpec::parse));
        }
    }

    void bindPvcalls() {
        if (get.isSet("pvcalls")) {
            pvcallsifs.addAll(indexed("pvcalls", PvcallsSpec::parse));
        }
    }

    void bindVsnd() {
        Optional<XlValue.Items> cards = get.list("vsnd", true);
        if (cards.isEmpty()) {
            if (get.isSet("vsnd")) {
                throw get.error("vsnd", "`vsnd' must be a list of cards, each a list of strings");
            }
            return;
        }
        int devid = 0;
        for (XlValue card : cards.get().items()) {
            if (!(card instanceof XlValue.Items items)) {
                throw new XlGetters.BindError(card.position(), "vsnd",
                        "each `vsnd' card must be a list of strings ([ 'card, ...', 'pcm, ...', 'stream, ...' ])");
            }
            List<String> texts = get.stringItems("vsnd", items).stream().map(XlValue.Text::text).toList();
            int id = devid++;
            try {
                vsnds.add(VsndSpec.parse(texts, id, w -> get.warnAt(card.position(), "vsnd", w)));
            } catch (SpecException e) {
                throw new XlGetters.BindError(card.position(), "vsnd", "vsnd card " + id + ": " + e.getMessage());
            }
        }
    }

    void bindChannels() {
        if (get.isSet("channel")) {
            channels.addAll(indexed("channel", ChannelSpec::parse));
        }
    }

    void bindNics() {
        if (get.isSet("vif")) {
            nics.addAll(indexed("vif", (spec, devid, warn) -> NicSpec.parse(spec, devid, NicDefaults.NONE, warn)));
        }
    }

    void bindVfbs() {
        if (!get.isSet("vfb")) {
            return;
        }
        for (VfbSpec.Result r : indexed("vfb", VfbSpec::parse)) {
            vfbs.add(r.vfb());
            vkbs.add(r.vkb());
        }
    }

    void bindUsbctrls() {
        if (get.isSet("usbctrl")) {
            usbctrls.addAll(indexed("usbctrl", UsbctrlSpec::parse));
        }
    }

    void bindUsbdevs() {
        if (get.isSet("usbdev")) {
            usbdevs.addAll(each("usbdev", UsbdevSpec::parse));
        }
    }

    void bindVkbs() {
        // vkb devids continue after the vkbs that vfb= created
        int[] devid = {vkbs.size()};
        if (get.isSet("vkb")) {
            vkbs.addAll(each("vkb", (spec, warn) -> VkbSpec.parse(spec, devid[0]++, warn)));
        }
    }

    /** The vfb (and its vkb) xl makes for a PV guest from top-level vnc=1 when there is no vfb=. */
    void addTopLevelVfb(VncInfo vnc, SdlInfo sdl, String keymap) {
        VfbSpec.Result r = VfbSpec.parse("", 0, w -> { });
        vfbs.add(new VfbDevice(r.vfb().backendDomid(), r.vfb().backendDomname(), r.vfb().devid(), vnc, sdl, keymap));
        vkbs.add(r.vkb());
    }
}
