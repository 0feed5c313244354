#!/usr/bin/env bash
# looplab benchmarks, side by side with node when it is installed.
#   bench/run.sh [RUNS]      (default 5 runs per figure; the median is reported)
# Figures: cold wall time of `run hello.js`; per-callback cost of 1,000,000 setImmediate
# callbacks, 1,000,000 promise reactions and 100,000 timers (whole-run time minus the hello
# start-up, divided by the count). looplab runs with --trace=off --clock=virtual, so timers
# cost no idle waiting; node waits for real, so its timer figure includes up to 1 s of sleep.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-5}"
looplab="$root/bin/looplab"
"$looplab" --version > /dev/null   # builds on first use

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { # seconds, one run
  local s e
  s=$(date +%s.%N); "$@" > /dev/null 2>&1; e=$(date +%s.%N)
  echo "$s $e" | awk '{printf "%.4f\n", $2-$1}'
}
measure() { for _ in $(seq "$runs"); do wall "$@"; done | median; }

has_node=0; command -v node > /dev/null && has_node=1
printf 'looplab benchmarks (%s runs each, median) on %s cores, load %s\n' "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %14s %14s %8s\n' figure looplab node ratio

row() { # name looplab_value node_value unit
  if [ "$3" = "-" ]; then
    printf '%-34s %12s%s %14s %8s\n' "$1" "$2" "$4" "-" "-"
  else
    printf '%-34s %12s%s %12s%s %7.1fx\n' "$1" "$2" "$4" "$3" "$4" "$(echo "$2 $3" | awk '{print ($2>0)?$1/$2:0}')"
  fi
}

ll_hello=$(measure "$looplab" run --trace=off "$here/scripts/hello.js")
node_hello="-"; [ $has_node = 1 ] && node_hello=$(measure node "$here/scripts/hello.js")
row "cold run hello.js (s)" "$ll_hello" "$node_hello" ""

per_callback() { # script count
  local ll nd
  ll=$(measure "$looplab" run --trace=off "$here/scripts/$1")
  ll=$(echo "$ll $ll_hello $2" | awk '{printf "%.3f", ($1-$2)*1e9/$3}')
  nd="-"
  if [ $has_node = 1 ]; then
    nd=$(measure node "$here/scripts/$1")
    nd=$(echo "$nd $node_hello $2" | awk '{printf "%.3f", ($1-$2)*1e9/$3}')
  fi
  row "$3 (ns/callback)" "$ll" "$nd" ""
}
per_callback immediates.js 1000000 "1M setImmediate"
per_callback promises.js 1000000 "1M promise reactions"
per_callback timers.js 100000 "100k random timers"
