package dev.jxl.cli;

/**
 * Words picocli accepted but the command cannot take (no config file, two diff forms at once, …):
 * reported as picocli's usage errors are, with the command's synopsis and exit 2 ({@link
 * UsageErrorHandler}), so a command's arguments and run need no picocli type to refuse a word.
 */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
