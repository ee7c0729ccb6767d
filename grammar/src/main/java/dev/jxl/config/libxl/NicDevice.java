package dev.jxl.config.libxl;

/** libxl_device_nic, from one `vif` spec. (To be filled in: fields in IDL order.) */
public record NicDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
