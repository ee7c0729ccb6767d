package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.List;

/** libxl_vsnd_params: the stream parameters a card, PCM or stream may constrain. */
@Idl.Struct
public record VsndParams(List<Long> sampleRates, List<PcmFormat> sampleFormats, long channelsMin,
                         long channelsMax, long bufferSize) implements LibxlJson.Struct {
    public VsndParams {
        sampleRates = List.copyOf(sampleRates);
        sampleFormats = List.copyOf(sampleFormats);
    }

    /** libxl_vsnd_pcm_format. */
    public enum PcmFormat implements LibxlEnum {
        S8, U8, S16_LE, S16_BE, U16_LE, U16_BE, S24_LE, S24_BE, U24_LE, U24_BE, S32_LE, S32_BE, U32_LE,
        U32_BE, F32_LE, F32_BE, F64_LE, F64_BE, IEC958_SUBFRAME_LE, IEC958_SUBFRAME_BE, MU_LAW, A_LAW,
        IMA_ADPCM, MPEG, GSM
    }

    @Override
    public void writeFields(LibxlJson j) {
        VsndParamsIdl.writeFields(this, j);
    }
}
