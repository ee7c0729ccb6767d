package dev.jxl.config.libxl;

/** libxl_device_pci, from one `pci` spec. (To be filled in: fields in IDL order.) */
public record PciDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
