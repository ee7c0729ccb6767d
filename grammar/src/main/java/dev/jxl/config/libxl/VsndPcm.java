package dev.jxl.config.libxl;

import java.util.List;

/** libxl_vsnd_pcm: one PCM device of a virtual sound card. */
public record VsndPcm(String name, VsndParams params, List<VsndStream> streams) implements LibxlJson.Struct {
    public VsndPcm {
        streams = List.copyOf(streams);
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.string("name", name).struct("params", params).structs("streams", streams);
    }
}
