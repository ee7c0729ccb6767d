package dev.jxl.config.libxl;

/** libxl_device_channel, from one `channel` spec. (To be filled in: fields in IDL order.) */
public record ChannelDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
