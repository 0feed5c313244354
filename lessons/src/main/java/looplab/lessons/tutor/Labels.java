package looplab.lessons.tutor;

import looplab.lessons.run.OutputLine;

/** Says in a few words where an output line came from: {@code microtask, after the main script}. */
public final class Labels {
    private Labels() {
    }

    public static String describe(OutputLine line) {
        String source = line.source();
        String phase = line.phase();
        if (phase.equals("exit")) {
            return source.equals("main") ? "an 'exit' or 'beforeExit' listener, after the loop emptied"
                    : source + ", after the loop emptied";
        }
        if (source.equals("main")) {
            return phase.equals("main") ? "main script" : "main, " + phase + " phase";
        }
        if (source.equals("nextTick") || source.equals("microtask")) {
            return phase.equals("main") ? source + ", after the main script"
                    : source + ", after a callback in the " + phase + " phase of loop " + line.loop();
        }
        String what = switch (source) {
            case "timers" -> "a timer";
            case "check" -> "setImmediate";
            case "poll" -> "an I/O callback";
            case "close" -> "a close callback";
            default -> source;
        };
        return source + " phase (" + what + "), loop " + line.loop();
    }
}
