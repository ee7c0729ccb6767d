package dev.jxl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.convert.XmOptions;
import dev.jxl.golden.Golden;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.grammar.xl.XlSetting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The key schema is the one table of xl keys: every other table that names an xl key (the xm
 * options' targets, the keys a converted config writes, what a key's default follows, what a
 * deprecated key is replaced by) names a declared key.
 */
class KeySchemaTablesTest {

    @Test
    void everyXmOptionThatBecomesAnXlKeyNamesADeclaredKey() {
        List<String> undeclared = new ArrayList<>();
        for (XmOptions.Option o : XmOptions.all()) {
            String xlKey = switch (o.rule()) {
                case SAME -> o.name();
                case RENAMED -> o.detail();
                default -> null;
            };
            if (xlKey != null && KeySchema.find(xlKey).isEmpty()) {
                undeclared.add(o.name() + " -> " + xlKey);
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void everyKeyAConvertedConfigWritesIsDeclared() throws IOException {
        List<String> undeclared = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> goldens = Files.list(Golden.dir("xm"))) {
            for (Path g : goldens.filter(p -> p.toString().endsWith(".approved.txt")).sorted().toList()) {
                String text = Files.readString(g, StandardCharsets.ISO_8859_1);
                if (!text.startsWith("=== xl config\n") || !text.contains("\n=== report")) {
                    continue; // a refused conversion
                }
                String xl = text.substring("=== xl config\n".length(), text.indexOf("\n=== report") + 1);
                for (XlSetting s : XlConfigReader.parse(g.toString(), xl, List.of()).effective().values()) {
                    keys++;
                    if (KeySchema.find(s.key()).isEmpty()) {
                        undeclared.add(g.getFileName() + ": " + s.key());
                    }
                }
            }
        }
        assertTrue(keys > 300, "the xm goldens hold converted configs (" + keys + " keys read)");
        assertEquals(List.of(), undeclared);
    }

    @Test
    void followedAndReplacementKeysAreDeclared() {
        List<String> undeclared = new ArrayList<>();
        for (ConfigKey k : KeySchema.all()) {
            k.defaultFollows().filter(f -> KeySchema.find(f).isEmpty()).ifPresent(f -> undeclared.add(k.name() + " follows " + f));
            k.deprecation().map(ConfigKey.Deprecation::replacement).filter(r -> KeySchema.find(r).isEmpty())
                    .ifPresent(r -> undeclared.add(k.name() + " replaced by " + r));
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void aDeprecationWarningIsWrittenFromTheSchema() {
        assertEquals("`builder' is deprecated since Xen 4.10; use type=\"hvm\"",
                KeySchema.require("builder").deprecation().orElseThrow().warning("builder", Optional.of("hvm")));
        assertEquals("`vif2' is ignored (netchannel2: not supported by xl); use vif",
                KeySchema.require("vif2").deprecation().orElseThrow().warning("vif2", Optional.empty()));
    }

    @Test
    void theWrittenOrderIsTheDeclaredOrderThenByName() {
        List<String> keys = new ArrayList<>(List.of("zzz_unknown", "vif", "memory", "name", "aaa_unknown", "vcpus"));
        keys.sort(KeySchema.keyOrder());
        assertEquals(List.of("name", "vcpus", "memory", "vif", "aaa_unknown", "zzz_unknown"), keys);
    }

    @Test
    void memoryKeysConvertByTheirUnit() {
        assertEquals(2048 * 1024, KeySchema.require("memory").unit().toKib(2048));
        assertEquals(ConfigKey.Unit.MIB, KeySchema.require("mmio_hole").unit());
    }
}
