package dev.jxl.layout.plan;

/** Number and string formatting shared by the step lines. */
final class StepText {
    private StepText() {
    }

    /** The SHA-256 of bytes, in lowercase hex: how a step's line names the bytes it carries. */
    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** {@code 0x100000-0xefffffff:ram}: inclusive end, as Xen prints E820 maps. */
    static String e820(dev.jxl.layout.e820.E820Entry e) {
        return hex(e.addr()) + "-" + hex(e.addr() + e.size() - 1) + ":" + e.type().word();
    }

    static void requireRange(long start, long nr, String op) {
        if (start < 0 || nr <= 0 || start + nr < start) {
            throw new IllegalArgumentException(op + ": bad frame range start " + start + " nr " + nr);
        }
    }

    static String quoteIfNeeded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '"' || c == '\\' || c > '~') {
                return quote(s);
            }
        }
        return s;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
