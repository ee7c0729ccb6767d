package dev.jxl.config.libxl;

import java.util.Locale;

/** libxl_vsnd_stream. {@code type} is null until the spec sets it (libxl's 0, printed as nothing). */
public record VsndStream(String uniqueId, Type type, VsndParams params) implements LibxlJson.Struct {

    /** libxl_vsnd_stream_type: playback or capture. */
    public enum Type implements LibxlEnum {
        P, C;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.string("unique_id", uniqueId);
        if (type != null) {
            j.string("type", type.libxlName());
        }
        j.struct("params", params);
    }
}
