package dev.jxl.grammar.xl;

import dev.jxl.diag.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * A value in an xl config: a string or a list. As in libxlu, a bare number and a quoted string are
 * the same kind of value (the text); the consumer decides what it means. Positions are kept but are
 * not part of equality, so parsed trees compare with hand-built ones.
 */
public sealed interface XlValue permits XlValue.Text, XlValue.Items {

    SourcePosition position();

    /** A STRING (already dequoted) or a NUMBER token's text. */
    record Text(String text, SourcePosition position) implements XlValue {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(position, "position");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && t.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return XlWriter.quote(text);
        }
    }

    /** A bracketed list; items may themselves be lists (legal syntax, refused by most keys). */
    record Items(List<XlValue> items, SourcePosition position) implements XlValue {
        public Items {
            items = List.copyOf(items);
            Objects.requireNonNull(position, "position");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Items l && l.items.equals(items);
        }

        @Override
        public int hashCode() {
            return items.hashCode();
        }

        @Override
        public String toString() {
            return XlWriter.render(this);
        }
    }
}
