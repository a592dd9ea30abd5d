package readout.cli;

import java.util.List;

/**
 * A command's arguments read one at a time. A flag's value that is missing, not a number or out of range is a
 * {@link UsageException} naming the flag and what it takes, so each command reports bad usage the same way.
 */
final class Flags {
    private final List<String> args;
    private int next;

    Flags(List<String> args) {
        this.args = args;
    }

    boolean hasNext() {
        return next < args.size();
    }

    String next() {
        return args.get(next++);
    }

    /** The value after {@code flag}, which has just been read. */
    String value(String flag) throws UsageException {
        if (!hasNext()) throw new UsageException(flag + " needs a value");
        return next();
    }

    /** The whole number after {@code flag}, which has just been read, from {@code min} to {@code max}. */
    int intValue(String flag, int min, int max) throws UsageException {
        return intIn(flag, value(flag), min, max);
    }

    /** {@code value} as a whole number from {@code min} to {@code max}, or bad usage naming {@code flag}. */
    static int intIn(String flag, String value, int min, int max) throws UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below, as an out-of-range value is
        }
        throw new UsageException(flag + " takes a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    /** Whether an argument is meant as a flag: "-" alone is standard input, and "--" ends the flags. */
    static boolean looksLikeFlag(String arg) {
        return arg.length() > 1 && arg.startsWith("-");
    }
}
