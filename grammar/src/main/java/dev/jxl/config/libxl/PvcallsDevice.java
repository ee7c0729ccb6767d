package dev.jxl.config.libxl;

/** libxl_device_pvcallsif, from one `pvcalls` spec. (To be filled in: fields in IDL order.) */
public record PvcallsDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
