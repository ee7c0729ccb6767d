package dev.jxl.bench;

import dev.jxl.config.ConfigLoader;
import dev.jxl.diag.ConfigException;
import dev.jxl.grammar.xl.ReaderInputShapes;
import dev.jxl.grammar.xl.XlConfigReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Parser throughput on a large generated config, and bind time of a typical one: medians of
 * several warm runs. A benchmark, not a test: run with {@code bench/spine.sh} (or directly, with
 * the grammar test classpath).
 */
public final class ParserBench {
    private ParserBench() {
    }

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        String big = generate(megabytes * 1024 * 1024);
        List<Double> mbPerSecond = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            long t0 = System.nanoTime();
            int n = XlConfigReader.parse("big.cfg", big).assignments().size();
            long t1 = System.nanoTime();
            if (n == 0) {
                throw new AssertionError("nothing parsed");
            }
            mbPerSecond.add(big.length() / 1e6 / ((t1 - t0) / 1e9));
        }
        Collections.sort(mbPerSecond);
        System.out.printf("parser: %.1f MB of config text, median %.1f MB/s (min %.1f, max %.1f) over %d runs%n",
                big.length() / 1e6, mbPerSecond.get(3), mbPerSecond.get(0), mbPerSecond.get(6), mbPerSecond.size());

        String typical = String.join("\n", "name=\"bench\"", "type=\"hvm\"", "memory=4096", "vcpus=4",
                "disk=['/dev/vg/x,raw,xvda,rw']", "vif=['bridge=xenbr0']", "vnc=1", "") ;
        List<Double> micros = new ArrayList<>();
        for (int run = 0; run < 21; run++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 2000; i++) {
                ConfigLoader.fromText("t.cfg", typical, List.of());
            }
            micros.add((System.nanoTime() - t0) / 1e3 / 2000);
        }
        Collections.sort(micros);
        System.out.printf("parse+bind of a typical config: median %.1f us (min %.1f) warm%n", micros.get(10), micros.get(0));
        readerScaling();
    }

    /** Time per character of each reader input shape at 8x the size, against the base size: ~1 is linear. */
    private static void readerScaling() {
        for (ReaderInputShapes.Shape s : ReaderInputShapes.ALL) {
            String small = s.text().apply(10_000);
            String large = s.text().apply(80_000);
            medianNanos(small);
            double perCharSmall = (double) medianNanos(small) / small.length();
            double perCharLarge = (double) medianNanos(large) / large.length();
            System.out.printf("reader scaling, %s: %.1f ns/char at %d chars, %.1f at %d (ratio %.2f)%n", s.name(),
                    perCharSmall, small.length(), perCharLarge, large.length(), perCharLarge / perCharSmall);
        }
    }

    private static long medianNanos(String text) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            try {
                XlConfigReader.parse("big.cfg", text, List.of());
            } catch (ConfigException expected) {
                // broken shapes are meant to fail
            }
            runs.add(System.nanoTime() - t0);
        }
        Collections.sort(runs);
        return runs.get(2);
    }

    /** Many assignments of every value shape, about {@code bytes} long. */
    static String generate(int bytes) {
        StringBuilder b = new StringBuilder(bytes + 200);
        int i = 0;
        while (b.length() < bytes) {
            b.append("key").append(i).append(" = ").append(i).append('\n');
            b.append("s").append(i).append(" = 'a string with \\t an escape # not a comment'\n");
            b.append("l").append(i).append(" = [ '0x").append(Integer.toHexString(i))
                    .append("', 0x10, \"x\", # comment\n    [ 'nested' ], ]\n");
            b.append("s").append(i).append(" += \" more\"; k").append(i).append("=010\n");
            i++;
        }
        return b.toString();
    }
}
