package dev.jxl.grammar.xl;

/** How a setting was made: {@code =} or {@code +=}. libxlu refuses numbers set with {@code +=}. */
public enum XlOperation {
    ASSIGN("="), ADD("+=");

    private final String symbol;

    XlOperation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
