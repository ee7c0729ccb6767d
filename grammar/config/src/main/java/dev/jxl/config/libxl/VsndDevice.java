package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.List;

/** libxl_device_vsnd, from one inner list of {@code vsnd}; fields in IDL order. */
@Idl.Struct
public record VsndDevice(long backendDomid, String backendDomname, @Idl.Devid long devid, String shortName,
                         String longName, VsndParams params, List<VsndPcm> pcms) implements LibxlJson.Struct {
    public VsndDevice {
        pcms = List.copyOf(pcms);
    }

    @Override
    public void writeFields(LibxlJson j) {
        VsndDeviceIdl.writeFields(this, j);
    }
}
