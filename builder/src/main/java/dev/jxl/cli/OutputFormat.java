package dev.jxl.cli;

/**
 * What a command's {@code --format text|json} chooses: text for people (the default) or JSON for
 * programs. The constants are the words given, as picocli matches an enum's names.
 */
enum OutputFormat { text, json }
