#!/usr/bin/env bash
# Many programs in one JVM, as grading runs them (one warm SharedEngine, a fresh global each):
#   bench/fresh-global.sh [RUNS] [JAR]     (default 300 runs per figure; the built jar)
# For each of two 20-line snippets (timers+promises+console; the same in async/class syntax,
# which is lowered): ms per run (median, p90), CPU per run (the whole process's, JIT and GC
# included) and runs/s — a new engine per run (what a grader without SharedEngine would pay,
# in a warm JVM), a shared engine on 1 and 2 threads with a different program text each run
# (submissions), and the very same program again (re-runs). Every run's output is checked.
# JVM flags as bin/looplab's (C1 only, serial GC); BENCH_JAVA_OPTS replaces them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-300}"
jar="${2:-$root/shell/target/looplab.jar}"
if [ -z "${2:-}" ]; then
  "$root/bin/looplab" --version > /dev/null   # builds the jar first if the sources are newer
fi
read -r -a java_opts <<< "${BENCH_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m}"

printf 'fresh-global figures, %s runs each, JVM flags: %s\n' "$runs" "${java_opts[*]}"
for snippet in fresh-global.js fresh-global-async.js; do
  echo
  java "${java_opts[@]}" -cp "$jar" "$here/FreshGlobalBench.java" "$here/scripts/$snippet" "$runs" 5
done
