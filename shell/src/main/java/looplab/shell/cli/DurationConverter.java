package looplab.shell.cli;

import java.time.Duration;
import picocli.CommandLine;

/** {@code 500ms}, {@code 5s}, {@code 2m}, or a bare number of seconds; always more than zero. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        double millis;
        try {
            if (v.endsWith("ms")) {
                millis = Long.parseLong(v.substring(0, v.length() - 2).trim());
            } else if (v.endsWith("s")) {
                millis = Double.parseDouble(v.substring(0, v.length() - 1)) * 1000;
            } else if (v.endsWith("m")) {
                millis = Double.parseDouble(v.substring(0, v.length() - 1)) * 60_000;
            } else {
                millis = Double.parseDouble(v) * 1000;
            }
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration (try 500ms, 5s, 2m)");
        }
        // A zero or negative limit would stop every script before its first line; NaN and
        // infinity are no limit at all (leave the option out for that).
        if (!(millis >= 1) || Double.isInfinite(millis)) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a positive duration (try 500ms, 5s, 2m)");
        }
        return Duration.ofMillis(Math.round(millis));
    }
}
