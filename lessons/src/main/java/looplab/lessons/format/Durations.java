package looplab.lessons.format;

import java.time.Duration;
import java.util.Locale;

/** {@code 500ms}, {@code 2s}, {@code 1m}, or a bare number of seconds — as on the command line. */
public final class Durations {
    private Durations() {
    }

    /** The duration, or {@code null} when {@code text} is not one. */
    public static Duration parse(String text) {
        String v = text.trim().toLowerCase(Locale.ROOT);
        try {
            double amount;
            long unit;
            if (v.endsWith("ms")) {
                amount = Double.parseDouble(v.substring(0, v.length() - 2));
                unit = 1;
            } else if (v.endsWith("s")) {
                amount = Double.parseDouble(v.substring(0, v.length() - 1));
                unit = 1000;
            } else if (v.endsWith("m")) {
                amount = Double.parseDouble(v.substring(0, v.length() - 1));
                unit = 60_000;
            } else {
                amount = Double.parseDouble(v);
                unit = 1000;
            }
            if (!(amount > 0) || Double.isInfinite(amount)) {
                return null;
            }
            return Duration.ofMillis(Math.max(1, Math.round(amount * unit)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
