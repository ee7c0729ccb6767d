package dev.jxl.fuzz;

/** An input mutants start from: a file of the repository (by its path there) or a document the test made. */
record Seed(Kind kind, String name, byte[] bytes) {
    @Override
    public String toString() {
        return kind.label + " " + name;
    }
}
