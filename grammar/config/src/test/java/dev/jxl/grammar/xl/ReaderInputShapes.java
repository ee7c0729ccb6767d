package dev.jxl.grammar.xl;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Large inputs of every kind the reader treats differently (valid, lexical and syntax errors, the
 * {@code +=} accumulators): MalformedInputTest checks their allocation scales linearly, ParserBench
 * times them.
 */
public final class ReaderInputShapes {

    /** One kind of input, generated at a size of about {@code n} lines. */
    public record Shape(String name, IntFunction<String> text) {
    }

    public static final List<Shape> ALL = List.of(
            new Shape("valid lines", n -> "memory=512\ndisk=['/a,,xvda']\n".repeat(n)),
            new Shape("lexical errors", n -> "Memory=512\n".repeat(n)),
            new Shape("syntax errors", n -> "memory=\n".repeat(n)),
            new Shape("unclosed strings", n -> "cmdline='abc\n".repeat(n)),
            new Shape("bad escapes", n -> "x='\\x41'\n".repeat(n)),
            // each += joins onto the key's latest value: must not copy (or keep) every earlier one
            new Shape("string += chain", n -> "cmdline+='ab'\n".repeat(n / 10)),
            new Shape("list += chain", n -> "disk+=['/a,,xvda']\n".repeat(n / 10)));

    private ReaderInputShapes() {
    }
}
