package dev.jxl.convert;

import dev.jxl.config.KeySchema;
import dev.jxl.grammar.xl.XlConfigWriter;
import java.util.List;

/**
 * An xm config converted to xl: the xl settings, the dropped options (each with its reason) and the
 * report of every change.
 */
public record XmConversion(String source, List<XlConfigWriter.Entry> settings, List<Dropped> dropped,
        ConversionReport report) {

    /** An xm option (or helper variable) that has no place in the xl config. */
    public record Dropped(String xmKey, String reason) {
    }

    public XmConversion {
        settings = List.copyOf(settings);
        dropped = List.copyOf(dropped);
    }

    /** The canonical xl config text, with comments naming the dropped options. */
    public String toXlText() {
        List<String> footer = dropped.isEmpty() ? List.of()
                : java.util.stream.Stream.concat(java.util.stream.Stream.of("Dropped from the xm config:"),
                        dropped.stream().map(d -> "  " + d.xmKey() + ": " + d.reason())).toList();
        return XlConfigWriter.write(List.of("Converted by `jxl convert-xm` from " + source + "."), settings, footer,
                KeySchema.keyOrder());
    }
}
