package readout.cli;

/**
 * Bad usage of a command (an unknown flag, a missing or malformed value, flags that do not go together): {@link Main}
 * prints the message on one line, then the command's usage, and exits with 2 — never a stack trace.
 */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
