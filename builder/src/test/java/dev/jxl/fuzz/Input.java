package dev.jxl.fuzz;

import java.util.List;

/**
 * One input of a campaign: number {@code index} of the campaign's seed, the seed it came from, the
 * mutators applied in order (none for a seed run as it is) and the bytes they made.
 *
 * @param config the repository path of the example config a document is tried with (null for configs)
 */
record Input(long index, Kind kind, Seed seed, List<String> mutators, byte[] bytes, String config) {

    Input withBytes(byte[] smaller) {
        return new Input(index, kind, seed, mutators, smaller, config);
    }

    String describe() {
        return kind.label + " #" + index + " from " + seed.name() + " by "
                + (mutators.isEmpty() ? "(none: the seed itself)" : String.join(" + ", mutators))
                + (config == null ? "" : ", with " + config) + ", " + bytes.length + " bytes";
    }
}
