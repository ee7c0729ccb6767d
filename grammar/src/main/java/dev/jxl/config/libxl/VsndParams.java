package dev.jxl.config.libxl;

import java.util.List;
import java.util.Locale;

/** libxl_vsnd_params: the stream parameters a card, PCM or stream may constrain. */
public record VsndParams(List<Long> sampleRates, List<PcmFormat> sampleFormats, long channelsMin,
                         long channelsMax, long bufferSize) implements LibxlJson.Struct {
    public static final VsndParams UNSET = new VsndParams(List.of(), List.of(), 0, 0, 0);

    public VsndParams {
        sampleRates = List.copyOf(sampleRates);
        sampleFormats = List.copyOf(sampleFormats);
    }

    /** libxl_vsnd_pcm_format. */
    public enum PcmFormat implements LibxlEnum {
        S8, U8, S16_LE, S16_BE, U16_LE, U16_BE, S24_LE, S24_BE, U24_LE, U24_BE, S32_LE, S32_BE, U32_LE,
        U32_BE, F32_LE, F32_BE, F64_LE, F64_BE, IEC958_SUBFRAME_LE, IEC958_SUBFRAME_BE, MU_LAW, A_LAW,
        IMA_ADPCM, MPEG, GSM;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.integers("sample_rates", sampleRates)
                .stringList("sample_formats", sampleFormats.stream().map(PcmFormat::libxlName).toList())
                .integer("channels_min", channelsMin)
                .integer("channels_max", channelsMax)
                .integer("buffer_size", bufferSize);
    }
}
