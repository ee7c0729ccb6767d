package dev.jxl.grammar.xl;

import dev.jxl.diag.Echo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes a canonical xl config: header comments, then one assignment per key in the order the caller
 * gives (the key schema's, which groups keys as xl.cfg(5) does), then trailing comments. Plain unsigned
 * integers are written bare, everything else quoted with {@link XlWriter#quote}; a list of more than
 * one item is written one item per line. The output reads back through {@link XlConfigReader} to the
 * same values.
 */
public final class XlConfigWriter {

    /** One key and its value. */
    public record Entry(String key, XlValue value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not an xl key: " + key);
            }
        }
    }

    private static final Pattern KEY = Pattern.compile("[a-z][._0-9a-z]*");
    private static final Pattern BARE_NUMBER = Pattern.compile("0|[1-9][0-9]{0,17}");

    private XlConfigWriter() {
    }

    /** @param keyOrder the order of the assignments (the key schema's declaration order) */
    public static String write(List<String> header, List<Entry> entries, List<String> footer,
                               Comparator<String> keyOrder) {
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            out.append(comment(line));
        }
        if (!header.isEmpty()) {
            out.append('\n');
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::key, keyOrder));
        for (Entry e : sorted) {
            out.append(e.key()).append(" = ").append(value(e.value())).append('\n');
        }
        if (!footer.isEmpty()) {
            out.append('\n');
            for (String line : footer) {
                out.append(comment(line));
            }
        }
        return out.toString();
    }

    /** A comment line: what it quotes of the input has its control characters escaped (a NUL or newline would end it). */
    private static String comment(String text) {
        return text.isEmpty() ? "#\n" : "# " + Echo.escape(text) + "\n";
    }

    static String value(XlValue v) {
        if (v instanceof XlValue.Text t) {
            return BARE_NUMBER.matcher(t.text()).matches() ? t.text() : XlWriter.quote(t.text());
        }
        List<XlValue> items = ((XlValue.Items) v).items();
        if (items.isEmpty()) {
            return "[]";
        }
        if (items.size() == 1) {
            return "[ " + value(items.get(0)) + " ]";
        }
        StringBuilder b = new StringBuilder("[\n");
        for (XlValue item : items) {
            b.append("    ").append(value(item)).append(",\n");
        }
        return b.append(']').toString();
    }
}
