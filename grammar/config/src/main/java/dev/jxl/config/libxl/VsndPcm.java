package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.List;

/** libxl_vsnd_pcm: one PCM device of a virtual sound card. */
@Idl.Struct
public record VsndPcm(String name, VsndParams params, List<VsndStream> streams) implements LibxlJson.Struct {
    public VsndPcm {
        streams = List.copyOf(streams);
    }

    @Override
    public void writeFields(LibxlJson j) {
        VsndPcmIdl.writeFields(this, j);
    }
}
