package dev.jxl.config.spec;

import dev.jxl.config.libxl.VsndDevice;
import dev.jxl.config.libxl.VsndParams;
import dev.jxl.config.libxl.VsndParams.PcmFormat;
import dev.jxl.config.libxl.VsndPcm;
import dev.jxl.config.libxl.VsndStream;
import dev.jxl.diag.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One card of {@code vsnd} (an inner list of strings). Each string starts with {@code card},
 * {@code pcm} or {@code stream} (any case): {@code pcm} opens a new PCM, {@code stream} a new stream
 * in the last PCM (making a PCM first if there is none); the {@code key=value} tokens after it set
 * that object: the common {@code sample-rates sample-formats channels-min channels-max buffer-size},
 * plus {@code backend short-name long-name} (card), {@code name} (pcm), {@code unique-id type=p|c}
 * (stream). Numbers are strtoul base 0; lists are {@code ;}-separated. Every failure is fatal.
 */
public final class VsndSpec {
    private VsndSpec() {
    }

    private static final class Params {
        List<Long> rates = List.of();
        List<PcmFormat> formats = List.of();
        long channelsMin;
        long channelsMax;
        long bufferSize;

        VsndParams build() {
            return new VsndParams(rates, formats, channelsMin, channelsMax, bufferSize);
        }
    }

    private static final class Stream {
        String uniqueId;
        VsndStream.Type type = VsndStream.Type.UNSET;
        final Params params = new Params();
    }

    private static final class Pcm {
        String name;
        final Params params = new Params();
        final List<Stream> streams = new ArrayList<>();
    }

    /**
     * @param items the strings of one card's list (xl skips nothing: the caller passes them all; a
     *              card value that is not a list is the caller's error)
     * @param devid the card's index in the {@code vsnd} list
     */
    public static VsndDevice parse(List<String> items, int devid, Consumer<String> warn) {
        String backend = null;
        String shortName = null;
        String longName = null;
        Params card = new Params();
        List<Pcm> pcms = new ArrayList<>();
        for (String item : items) {
            String key = null;
            for (CText.Token t : CText.options(item)) {
                String token = t.text();
                if (key == null) {
                    key = token;
                    switch (key.toLowerCase(Locale.ROOT)) {
                        case "card" -> { }
                        case "pcm" -> pcms.add(new Pcm());
                        case "stream" -> {
                            if (pcms.isEmpty()) {
                                pcms.add(new Pcm());
                            }
                            pcms.get(pcms.size() - 1).streams.add(new Stream());
                        }
                        default -> throw new SpecException("Invalid key: " + key);
                    }
                    continue;
                }
                String v;
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "card" -> {
                        if (params(card, token)) {
                            break;
                        }
                        if ((v = CText.option(token, "backend")) != null) {
                            backend = v;
                        } else if ((v = CText.option(token, "short-name")) != null) {
                            shortName = v;
                        } else if ((v = CText.option(token, "long-name")) != null) {
                            longName = v;
                        } else {
                            throw invalid(token);
                        }
                    }
                    case "pcm" -> {
                        Pcm pcm = pcms.get(pcms.size() - 1);
                        if (params(pcm.params, token)) {
                            break;
                        }
                        if ((v = CText.option(token, "name")) != null) {
                            pcm.name = v;
                        } else {
                            throw invalid(token);
                        }
                    }
                    default -> { // stream
                        Pcm pcm = pcms.get(pcms.size() - 1);
                        Stream s = pcm.streams.get(pcm.streams.size() - 1);
                        if (params(s.params, token)) {
                            break;
                        }
                        if ((v = CText.option(token, "unique-id")) != null) {
                            s.uniqueId = v;
                        } else if ((v = CText.option(token, "type")) != null) {
                            s.type = switch (v.toLowerCase(Locale.ROOT)) {
                                case "p" -> VsndStream.Type.P;
                                case "c" -> VsndStream.Type.C;
                                default -> throw new SpecException("Invalid stream type: " + v);
                            };
                        } else {
                            throw invalid(token);
                        }
                    }
                }
            }
        }
        List<VsndPcm> builtPcms = pcms.stream()
                .map(p -> new VsndPcm(p.name, p.params.build(), p.streams.stream()
                        .map(s -> new VsndStream(s.uniqueId, s.type, s.params.build())).toList()))
                .toList();
        return new VsndDevice(0, backend, devid, shortName, longName, card.build(), builtPcms);
    }

    private static SpecException invalid(String token) {
        return new SpecException("Invalid parameter: " + token);
    }

    /** parse_vsnd_params: true when the token was one of the common parameters. */
    private static boolean params(Params p, String token) {
        String v;
        if ((v = CText.option(token, "sample-rates")) != null) {
            p.rates = list(v).stream().map(r -> CText.strtoul(r, 0, 0).value() & 0xFFFFFFFFL).toList();
        } else if ((v = CText.option(token, "sample-formats")) != null) {
            List<PcmFormat> formats = new ArrayList<>();
            for (String f : list(v)) {
                formats.add(format(f));
            }
            p.formats = formats;
        } else if ((v = CText.option(token, "channels-min")) != null) {
            p.channelsMin = CText.strtoul(v, 0, 0).value() & 0xFFFFFFFFL;
        } else if ((v = CText.option(token, "channels-max")) != null) {
            p.channelsMax = CText.strtoul(v, 0, 0).value() & 0xFFFFFFFFL;
        } else if ((v = CText.option(token, "buffer-size")) != null) {
            p.bufferSize = CText.strtoul(v, 0, 0).value() & 0xFFFFFFFFL;
        } else {
            return false;
        }
        return true;
    }

    private static List<String> list(String v) {
        List<String> l = CText.splitStringList(v, ";");
        if (l == null) {
            throw new SpecException("empty list `" + Echo.value(v) + "' in vsnd spec (xl 4.17 crashes on it)");
        }
        return l;
    }

    private static PcmFormat format(String f) {
        for (PcmFormat x : PcmFormat.values()) {
            if (x.libxlName().equals(f.toLowerCase(Locale.ROOT))) {
                return x;
            }
        }
        throw new SpecException("Invalid pcm format: " + f);
    }
}
