#!/usr/bin/env bash
# fs on the thread pool (issue 4): readFile of 1,000 small files with Promise.all, side by side
# with node. Reports the in-script time of the reads (process.hrtime around Promise.all; with
# --clock=real so looplab's figure is wall time) and the whole run's wall time.
#   bench/readfile.sh [RUNS] [JAR]     (default 5 runs, the median)
# Target: within 5x of node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-5}"
jar="${2:-$root/shell/target/looplab.jar}"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package >&2)
java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xshare:auto)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# one CMD...: prints "<in-script ms> <wall s>"
one() {
  local d s e out
  d="$(mktemp -d -p "$tmp")"
  s=$(date +%s.%N); out=$("$@" "$here/scripts/readfile-1000.js" "$d"); e=$(date +%s.%N)
  echo "$out" | sed -E 's/.* in ([0-9.]+) ms/\1/' | tr '\n' ' '
  echo "$s $e" | awk '{printf "%.3f\n", $2-$1}'
}
measure() {
  local results="$tmp/r.$RANDOM"
  for _ in $(seq "$runs"); do one "$@" >> "$results"; done
  printf '%8s ms %8s s' "$(cut -d' ' -f1 "$results" | median)" "$(cut -d' ' -f2 "$results" | median)"
}

printf 'readFile x1000 with Promise.all (%s runs, median) on %s cores, load %s\n' "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %11s %10s\n' "" "reads" "whole run"
printf '%-10s %s\n' "looplab" "$(measure java "${java_opts[@]}" -jar "$jar" run --trace=off --clock=real)"
if command -v node > /dev/null; then
  printf '%-10s %s\n' "node" "$(measure node)"
fi
