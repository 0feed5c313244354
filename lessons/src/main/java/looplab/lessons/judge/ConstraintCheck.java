package looplab.lessons.judge;

import looplab.lessons.model.Constraint;

/**
 * One constraint of a write exercise, checked on a run's trace.
 *
 * @param constraint the rule
 * @param met        whether the run follows it
 * @param detail     what the trace showed ({@code 2 setTimeout calls in the trace},
 *                   {@code line 3 `b` came from source check, expected timers})
 */
public record ConstraintCheck(Constraint constraint, boolean met, String detail) {}
