package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.List;
import java.util.Objects;

/**
 * libxl_domain_config: the whole guest as xl hands it to libxl. Its JSON rendering is what
 * {@code xl -N create} prints.
 */
@Idl.Struct
public record LibxlDomainConfig(
        CreateInfo cInfo,
        BuildInfo bInfo,
        List<DiskDevice> disks,
        List<NicDevice> nics,
        List<PciDevice> pcidevs,
        List<DtdevDevice> dtdevs,
        List<VfbDevice> vfbs,
        List<VkbDevice> vkbs,
        List<VtpmDevice> vtpms,
        List<P9Device> p9s,
        List<PvcallsDevice> pvcallsifs,
        List<VdisplDevice> vdispls,
        List<VsndDevice> vsnds,
        List<ChannelDevice> channels,
        List<UsbctrlDevice> usbctrls,
        List<UsbdevDevice> usbdevs,
        ActionOnShutdown onPoweroff,
        ActionOnShutdown onReboot,
        ActionOnShutdown onWatchdog,
        ActionOnShutdown onCrash,
        ActionOnShutdown onSoftReset) implements LibxlJson.Struct {

    public LibxlDomainConfig {
        Objects.requireNonNull(cInfo, "cInfo");
        Objects.requireNonNull(bInfo, "bInfo");
        disks = List.copyOf(disks);
        nics = List.copyOf(nics);
        pcidevs = List.copyOf(pcidevs);
        dtdevs = List.copyOf(dtdevs);
        vfbs = List.copyOf(vfbs);
        vkbs = List.copyOf(vkbs);
        vtpms = List.copyOf(vtpms);
        p9s = List.copyOf(p9s);
        pvcallsifs = List.copyOf(pvcallsifs);
        vdispls = List.copyOf(vdispls);
        vsnds = List.copyOf(vsnds);
        channels = List.copyOf(channels);
        usbctrls = List.copyOf(usbctrls);
        usbdevs = List.copyOf(usbdevs);
    }

    public DomainType type() {
        return cInfo.type();
    }

    @Override
    public void writeFields(LibxlJson j) {
        LibxlDomainConfigIdl.writeFields(this, j);
    }

    /** The JSON {@code xl -N create} prints for this config. */
    public String toJson() {
        return LibxlJson.render(this);
    }

    /** This config with a domain UUID, for a config that gave none (xl generates one while parsing). */
    public LibxlDomainConfig withUuid(String uuid) {
        return new LibxlDomainConfig(cInfo.withUuid(uuid), bInfo, disks, nics, pcidevs, dtdevs, vfbs, vkbs, vtpms,
                p9s, pvcallsifs, vdispls, vsnds, channels, usbctrls, usbdevs, onPoweroff, onReboot, onWatchdog,
                onCrash, onSoftReset);
    }
}
