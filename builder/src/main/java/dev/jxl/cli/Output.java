package dev.jxl.cli;

import dev.jxl.diag.Diagnostic;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Where command output goes. Config text is 8-bit (see ConfigLoader), so it is written back byte for byte. */
final class Output {
    private Output() {
    }

    static void stdoutLatin1(String text) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.ISO_8859_1);
        out.print(text);
        out.flush();
    }

    static void warnings(List<Diagnostic> warnings) {
        for (Diagnostic d : warnings) {
            System.err.println(d);
        }
    }
}
