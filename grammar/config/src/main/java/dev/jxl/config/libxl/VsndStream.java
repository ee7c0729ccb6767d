package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_vsnd_stream. */
@Idl.Struct
public record VsndStream(String uniqueId, Type type, VsndParams params) implements LibxlJson.Struct {

    /** libxl_vsnd_stream_type: playback or capture; UNSET is libxl's 0, which has no name. */
    public enum Type implements LibxlEnum {
        UNSET, P, C
    }

    @Override
    public void writeFields(LibxlJson j) {
        VsndStreamIdl.writeFields(this, j);
    }
}
