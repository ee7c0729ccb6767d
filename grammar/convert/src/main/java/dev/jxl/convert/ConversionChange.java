package dev.jxl.convert;

import dev.jxl.diag.Echo;
import dev.jxl.diag.SourcePosition;
import java.util.Objects;

/** One thing the conversion did to an xm option, at the place the option was set. */
public record ConversionChange(SourcePosition position, String xmKey, Kind kind, String message) {

    public enum Kind {
        /** xl needs a key the xm file left to xend's default. */
        ADDED,
        /** Same value under another key. */
        RENAMED,
        /** The value was rewritten into xl's syntax. */
        REWRITTEN,
        /** Merged with other options into one xl key. */
        FOLDED,
        /** No xl equivalent: left out (named in a comment of the output). */
        DROPPED
    }

    public ConversionChange {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(xmKey, "xmKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** One line, as a diagnostic is: what the xm file held is shown with its control characters escaped. */
    @Override
    public String toString() {
        return Echo.escape(position.toString()) + ": " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + Echo.escape(xmKey) + ": " + Echo.escape(message);
    }
}
