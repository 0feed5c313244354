#!/usr/bin/env bash
# Grading throughput (issue 7): `looplab grade` over a generated class of N scripts for a
# 20-line write exercise, against running `node` once per script (what graders do today).
#   bench/grade.sh [N] [RUNS]      (default N=300, RUNS=3: each looplab figure is the median
#                                   of RUNS runs; node's runs once)
# looplab runs through bin/looplab (its JVM flags and class-data archive), or $LOOPLAB.
# Figures:
#   looplab, whole run   wall time of `looplab grade EX DIR` for N scripts: JVM start, the
#                        reference run in every order, one worker JVM started (two scripts
#                        at once), N scripts graded, reports written
#   looplab, marginal    (N more scripts) / (extra time), from a second run with 2N scripts:
#                        the steady rate once everything is warm
#   node x N, 1 / 2 at once   `node sub.js` per script, one at a time and two at a time (2 cores);
#                        only running, no comparison with expected output, no sandbox
#   predictions          `looplab grade` over N answer files of a predict exercise (no runs)
# Target: >= 50 scripts/s for looplab on this 2-core machine, faster than node per script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
n="${1:-300}"
runs="${2:-3}"
looplab="${LOOPLAB:-$root/bin/looplab}"
"$looplab" --version > /dev/null   # builds on first use
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The exercise: a 20-line reference printing 10 lines from every queue and phase.
mkdir -p "$tmp/ex"
cat > "$tmp/ex/exercise.md" <<'MD'
---
id: bench-twenty
title: Ten lines from every queue
type: exercise
kind: write
---
```js reference
const fs = require('fs');
const log = (s) => console.log(s);
log('1 main');
setTimeout(() => {
  log('6 timeout');
  process.nextTick(() => log('7 tick in timeout'));
  Promise.resolve().then(() => log('8 promise in timeout'));
}, 0);
fs.readFile(__filename, () => {
  setTimeout(() => log('10 timeout in io'), 0);
  setImmediate(() => log('9 immediate in io'));
});
process.nextTick(() => log('3 tick'));
Promise.resolve().then(() => log('4 promise'));
queueMicrotask(() => log('5 microtask'));
(async () => {
  await null;
})();
log('2 main again');
```

### Constraints
- at most 3 setTimeout
MD

# Script i: the reference's order, written a little differently each time; every 10th is wrong.
gen() { # dir count
  mkdir -p "$1"
  for i in $(seq 1 "$2"); do
    f="$1/student-$(printf %04d "$i").js"
    if (( i % 10 == 0 )); then first="'4 promise'"; second="'3 tick'"; else first="'3 tick'"; second="'4 promise'"; fi
    cat > "$f" <<JS
// student $i
const fs = require('fs');
const say$i = (s) => console.log(s);
let count = $i;
say$i('1 main');
setTimeout(() => {
  say$i('6 timeout');
  process.nextTick(() => say$i('7 tick in timeout'));
  Promise.resolve(count).then(() => say$i('8 promise in timeout'));
}, $(( i % 2 )));
fs.readFile(__filename, () => {
  setImmediate(() => say$i('9 immediate in io'));
  setTimeout(() => say$i('10 timeout in io'), 0);
});
process.nextTick(() => say$i($first));
Promise.resolve().then(() => say$i($second));
queueMicrotask(() => say$i('5 microtask'));
if (count < 0) console.error('never');
say$i('2 main again');
JS
  done
}
gen "$tmp/class" "$n"
gen "$tmp/class2" $(( 2 * n ))
mkdir -p "$tmp/answers" "$tmp/pex"
cat > "$tmp/pex/exercise.md" <<'MD'
---
id: bench-predict
title: Predict
type: exercise
kind: predict
---
```js reference
setTimeout(() => console.log('timeout'), 5);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('main');
```
MD
for i in $(seq 1 "$n"); do
  if (( i % 3 == 0 )); then printf 'main\npromise\ntick\nimmediate\ntimeout\n'; else printf 'main\ntick\npromise\nimmediate\ntimeout\n'; fi > "$tmp/answers/a$i.txt"
done

secs() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2> "$tmp/err" || { cat "$tmp/err" >&2; return 1; }; e=$(date +%s.%N); echo "$s $e" | awk '{printf "%.2f", $2-$1}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
msecs() { for _ in $(seq "$runs"); do secs "$@"; echo; done | median; }
rate() { echo "$1 $2" | awk '{printf "%.1f", ($2 > 0) ? $1/$2 : 0}'; }

printf 'grading %s scripts of a 20-line exercise on %s cores, load %s\n' "$n" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
grade=("$looplab" grade "$tmp/ex/exercise.md")
t1=$(msecs "${grade[@]}" "$tmp/class" --format json)
t2=$(msecs "${grade[@]}" "$tmp/class2" --format json)
printf '%-34s %8s s %10s scripts/s\n' "looplab, whole run (N=$n)" "$t1" "$(rate "$n" "$t1")"
printf '%-34s %8s s %10s scripts/s\n' "looplab, whole run (2N=$(( 2 * n )))" "$t2" "$(rate $(( 2 * n )) "$t2")"
printf '%-34s %8s s %10s scripts/s\n' "looplab, marginal (N more)" "$(echo "$t1 $t2" | awk '{printf "%.2f", $2-$1}')" \
  "$(echo "$n $t1 $t2" | awk '{d=$3-$2; printf "%.1f", (d > 0) ? $1/d : 0}')"
if command -v node > /dev/null; then
  tn=$(secs bash -c 'cd "$1" && for f in *.js; do node "$f" > /dev/null 2>&1; done' _ "$tmp/class")
  printf '%-34s %8s s %10s scripts/s\n' "node x N, one at a time" "$tn" "$(rate "$n" "$tn")"
  tp=$(secs bash -c 'cd "$1" && ls *.js | xargs -P 2 -n 1 node > /dev/null 2>&1' _ "$tmp/class")
  printf '%-34s %8s s %10s scripts/s\n' "node x N, two at a time" "$tp" "$(rate "$n" "$tp")"
else
  echo "node: not installed, skipped"
fi
tq=$(msecs "$looplab" grade "$tmp/pex/exercise.md" "$tmp/answers" --format json)
printf '%-34s %8s s %10s answers/s\n' "looplab, $n predictions" "$tq" "$(rate "$n" "$tq")"
printf 'load at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
