#!/usr/bin/env bash
# Time to the REPL's first prompt: from starting `bin/looplab` (the launcher, with its class-data
# archive) in a pseudo-terminal (tmux) until
# "> " is on the screen, and until the engine has answered a first input ("1+1" echoing 2),
# typed the moment the prompt shows.
#   bench/first-prompt.sh [RUNS]     (default 5; the median is reported)
# Target (issue 5): first prompt <= 0.4 s. The engine warms up behind the prompt.
# For scale under load, the same wait for a bare JVM (no archive, C1) printing "> " is reported too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-5}"
looplab="$root/bin/looplab"
"$looplab" --version > /dev/null   # builds the jar and the class-data archive on first use
command -v tmux > /dev/null || { echo "tmux is needed" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'tmux kill-session -t looplab-bench 2>/dev/null || true; rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }

wait_for() { # PATTERN: until it is on the screen (at most 120 s)
  local deadline=$((SECONDS + 120))
  until tmux capture-pane -t looplab-bench -p | grep -q "$1"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "never saw $1" >&2; exit 1; }
    sleep 0.005
  done
}

one() {
  local start prompt answer
  tmux kill-session -t looplab-bench 2>/dev/null || true
  start=$(now)
  tmux new-session -d -s looplab-bench -x 100 -y 30 "LOOPLAB_HOME=$tmp $looplab"
  wait_for '^>' # (tmux drops the space after the prompt)
  prompt=$(now)
  tmux send-keys -t looplab-bench '1+1' Enter
  wait_for '^2$'
  answer=$(now)
  tmux send-keys -t looplab-bench '.exit' Enter
  echo "$start $prompt $answer" | awk '{printf "%.3f %.3f\n", $2-$1, $3-$1}'
}

bare() {
  local start prompt
  tmux kill-session -t looplab-bench 2>/dev/null || true
  start=$(now)
  tmux new-session -d -s looplab-bench -x 100 -y 30 "java -XX:TieredStopAtLevel=1 -cp $tmp Prompt"
  wait_for '^>'
  prompt=$(now)
  tmux kill-session -t looplab-bench
  echo "$start $prompt" | awk '{printf "%.3f\n", $2-$1}'
}
printf 'public class Prompt { public static void main(String[] a) throws Exception { System.out.print("> "); System.out.flush(); Thread.sleep(60000); } }\n' > "$tmp/Prompt.java"
javac -d "$tmp" "$tmp/Prompt.java"

results="$tmp/results"
for _ in $(seq "$runs"); do one >> "$results"; bare >> "$tmp/bare"; done
printf 'looplab REPL start-up (%s runs, median) on %s cores, load %s\n' "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-36s %8ss\n' "first prompt on screen" "$(cut -d' ' -f1 "$results" | median)"
printf '%-36s %8ss\n' "first answer (1+1, typed at once)" "$(cut -d' ' -f2 "$results" | median)"
printf '%-36s %8ss\n' "bare JVM printing '> ' (reference)" "$(median < "$tmp/bare")"
