package dev.jxl.config.libxl;

/** libxl_device_vsnd, from one `vsnd` spec. (To be filled in: fields in IDL order.) */
public record VsndDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
