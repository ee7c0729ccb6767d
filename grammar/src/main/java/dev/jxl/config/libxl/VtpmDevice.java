package dev.jxl.config.libxl;

/** libxl_device_vtpm, from one `vtpm` spec. (To be filled in: fields in IDL order.) */
public record VtpmDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
