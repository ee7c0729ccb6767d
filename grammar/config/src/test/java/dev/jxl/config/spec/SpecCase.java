package dev.jxl.config.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jxl.config.libxl.LibxlJson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One row of a spec table: a spec and what real xl 4.17 made of it ({@code xl -N create} on a
 * config holding only that spec): the device's JSON (compact) and how many complaints xl printed,
 * or the error message (xl's text without its file or {@code xl:} prefix) and xl's exit status.
 * Every row was produced by running the real xl; none is hand-written.
 */
record SpecCase(String spec, String json, int warnings, String message, int exitCode) {

    static SpecCase ok(String spec, String json, int warnings) {
        return new SpecCase(spec, json, warnings, null, 0);
    }

    static SpecCase err(String spec, String message, int exitCode) {
        return new SpecCase(spec, null, 0, message, exitCode);
    }

    @Override
    public String toString() {
        return "`" + spec + "'";
    }

    /** Checks the row against a parser: same JSON and complaint count, or same message and exit code. */
    void check(BiFunction<String, Consumer<String>, ? extends LibxlJson.Struct> parser) {
        List<String> warned = new ArrayList<>();
        if (json != null) {
            LibxlJson.Struct s = parser.apply(spec, warned::add);
            assertEquals(json, compact(LibxlJson.render(s)), "JSON of " + this);
            assertEquals(warnings, warned.size(), "complaints " + warned);
        } else {
            SpecException e = assertThrows(SpecException.class, () -> parser.apply(spec, warned::add));
            assertEquals(message, e.getMessage());
            assertEquals(exitCode, e.xlExitCode(), "xl exit status");
        }
    }

    /** Like {@link #check} for values that are not structs: the parser gives the compact JSON text. */
    void checkText(BiFunction<String, Consumer<String>, String> parser) {
        List<String> warned = new ArrayList<>();
        if (json != null) {
            assertEquals(json, parser.apply(spec, warned::add), "JSON of " + this);
            assertEquals(warnings, warned.size(), "complaints " + warned);
        } else {
            SpecException e = assertThrows(SpecException.class, () -> parser.apply(spec, warned::add));
            assertEquals(message, e.getMessage());
            assertEquals(exitCode, e.xlExitCode(), "xl exit status");
        }
    }

    /** yajl's beautified JSON without the layout whitespace (strings untouched). */
    static String compact(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
