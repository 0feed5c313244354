#!/usr/bin/env bash
# Lowering figures (issue 3):
#   bench/lowering.sh [RUNS]     (default 5 runs per figure, the median)
# - warm lowering of a 20-line snippet (in-process, after warm-up), and the first one;
# - cold `bin/looplab run` of a 30-line async/await + class script (lowered);
# - cold `bin/looplab run` of an ES5 hello world (not lowered: must not pay for lowering).
# The cold runs go through bin/looplab, as a user runs a script: with its class-data archive
# and the code cache of looplab's own runtime scripts (never of the script's: each run lowers
# it afresh). Until session 7 this bench ran `java -jar` with neither, a start no user has
# (async-class.js: 2.47 s there against 1.67 s through bin/looplab). Figures are given in wall
# and CPU time (user + system, all threads); note the load printed in the header: on a loaded
# machine wall time says little, and the lowering that runs on the second core while the first
# makes the engine shows only when a core is free.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-5}"
looplab="$root/bin/looplab"
"$looplab" --version > /dev/null   # builds (and trains its archive) on first use
jar="$root/shell/target/looplab.jar"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
once() { # "wall cpu" in seconds, one run
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" > /dev/null 2>&1; } 2>&1 | tail -1)
  echo "$t" | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
}
measure() { # "median_wall s, median_cpu s CPU" of $runs runs
  local all
  all=$(for _ in $(seq "$runs"); do once "$@"; done)
  printf '%s s, %s s CPU' "$(echo "$all" | awk '{print $1}' | median)" "$(echo "$all" | awk '{print $2}' | median)"
}

printf 'lowering figures (%s runs, median) on %s cores, load %s\n' "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
read -r first warm < <(java -cp "$jar" "$here/LoweringBench.java" "$here/scripts/lower-snippet.js" 30)
printf '%-44s %8s ms (first in-process: %s ms)\n' "warm lowering, 20-line snippet" "$warm" "$first"
printf '%-44s %s\n' "cold run async-class.js (30 lines, lowered)" \
  "$(measure "$looplab" run --trace=off "$here/scripts/async-class.js")"
printf '%-44s %s\n' "cold run hello.js (ES5, not lowered)" \
  "$(measure "$looplab" run --trace=off "$here/scripts/hello.js")"
printf 'load after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
