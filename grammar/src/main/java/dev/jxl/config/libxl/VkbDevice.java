package dev.jxl.config.libxl;

/** libxl_device_vkb, from one `vkb` spec. (To be filled in: fields in IDL order.) */
public record VkbDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
