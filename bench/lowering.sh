#!/usr/bin/env bash
# Lowering figures (issue 3):
#   bench/lowering.sh [RUNS] [JAR]     (default 5 runs per figure, the median; the built jar)
# - warm lowering of a 20-line snippet (in-process, after warm-up), and the first one;
# - cold `run` of a 30-line async/await + class script (lowered);
# - cold `run` of an ES5 hello world (not lowered: must not pay for lowering).
# Runs the jar the way bin/looplab does (C1 only, serial GC), with --trace=off.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-5}"
jar="${2:-$root/shell/target/looplab.jar}"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package >&2)
java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xshare:auto)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() {
  local s e
  s=$(date +%s.%N); "$@" > /dev/null 2>&1; e=$(date +%s.%N)
  echo "$s $e" | awk '{printf "%.3f\n", $2-$1}'
}
measure() { for _ in $(seq "$runs"); do wall "$@"; done | median; }

printf 'lowering figures (%s runs, median) on %s cores, load %s\n' "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
read -r first warm < <(java -cp "$jar" "$here/LoweringBench.java" "$here/scripts/lower-snippet.js" 30)
printf '%-44s %8s ms (first in-process: %s ms)\n' "warm lowering, 20-line snippet" "$warm" "$first"
printf '%-44s %8s s\n' "cold run async-class.js (30 lines, lowered)" \
  "$(measure java "${java_opts[@]}" -jar "$jar" run --trace=off "$here/scripts/async-class.js")"
printf '%-44s %8s s\n' "cold run hello.js (ES5, not lowered)" \
  "$(measure java "${java_opts[@]}" -jar "$jar" run --trace=off "$here/scripts/hello.js")"
