#!/usr/bin/env bash
# looplab benchmarks, side by side with node when it is installed.
#   bench/run.sh [RUNS]      (default 5 runs per figure; the median is reported)
# Figures: cold wall time of `run hello.js`; per-callback cost of 1,000,000 setImmediate
# callbacks, 1,000,000 promise reactions, 200,000 awaits (each of an async function's call)
# and 100,000 timers (whole-run time minus the hello start-up, divided by the count; node
# runs 5,000,000 awaits: 200,000 take it too little beyond its start-up to measure). looplab
# runs with --trace=off and its default virtual clock, so timers cost no idle waiting; node
# waits for real, so its wall figure for timers includes
# up to 1 s of sleep. That is why every figure is also given in CPU time (user + system, all
# threads): the fair one for timers, and the steadier one on a shared, loaded machine (note the
# load printed in the header; figures taken at a high load are not comparable).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-5}"
looplab="$root/bin/looplab"
"$looplab" --version > /dev/null   # builds on first use

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
once() { # "wall cpu" in seconds, one run
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" > /dev/null 2>&1; } 2>&1 | tail -1)
  echo "$t" | awk '{printf "%.4f %.4f\n", $1, $2 + $3}'
}
measure() { # "median_wall median_cpu" of $runs runs
  local all
  all=$(for _ in $(seq "$runs"); do once "$@"; done)
  echo "$(echo "$all" | awk '{print $1}' | median) $(echo "$all" | awk '{print $2}' | median)"
}

has_node=0; command -v node > /dev/null && has_node=1
printf 'looplab benchmarks (%s runs each, median) on %s cores, load %s\n' "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %14s %14s %8s\n' figure looplab node ratio

row() { # name looplab_value node_value unit
  if [ "$3" = "-" ]; then
    printf '%-40s %12s%s %14s %8s\n' "$1" "$2" "$4" "-" "-"
  else
    printf '%-40s %12s%s %12s%s %7.1fx\n' "$1" "$2" "$4" "$3" "$4" "$(echo "$2 $3" | awk '{print ($2>0)?$1/$2:0}')"
  fi
}
field() { echo "$1" | awk -v i="$2" '{print $i}'; }

ll_hello=$(measure "$looplab" run --trace=off "$here/scripts/hello.js")
node_hello="- -"; [ $has_node = 1 ] && node_hello=$(measure node "$here/scripts/hello.js")
row "cold run hello.js (s)" "$(field "$ll_hello" 1)" "$(field "$node_hello" 1)" ""
row "cold run hello.js (s CPU)" "$(field "$ll_hello" 2)" "$(field "$node_hello" 2)" ""

per_callback() { # script count name [node_count]
  # A script that takes its count as its first argument may be given a larger one for node
  # (node_count): node's whole run must be well above its start-up, or the difference is noise.
  local ll nd i what ncount="${4:-$2}"
  ll=$(measure "$looplab" run --trace=off "$here/scripts/$1" "$2")
  nd="- -"
  [ $has_node = 1 ] && nd=$(measure node "$here/scripts/$1" "$ncount")
  for i in 1 2; do
    what=$([ $i = 1 ] && echo "ns/callback" || echo "ns/callback CPU")
    local l n
    l=$(echo "$(field "$ll" $i) $(field "$ll_hello" $i) $2" | awk '{printf "%.3f", ($1-$2)*1e9/$3}')
    n="-"
    [ $has_node = 1 ] && n=$(echo "$(field "$nd" $i) $(field "$node_hello" $i) $ncount" | awk '{printf "%.3f", ($1-$2)*1e9/$3}')
    row "$3 ($what)" "$l" "$n" ""
  done
}
per_callback immediates.js 1000000 "1M setImmediate"
per_callback promises.js 1000000 "1M promise reactions"
per_callback awaits.js 200000 "200k awaits of async calls" 5000000
per_callback timers.js 100000 "100k random timers"
printf 'load after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
