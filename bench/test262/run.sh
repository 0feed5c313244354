#!/usr/bin/env bash
# test262 conformance of looplab against node 20, for the directories of issue 11:
#   bench/test262/run.sh TEST262_DIR [OUT_DIR] [options]
# TEST262_DIR: a test262 checkout (its test/ and harness/ directories), e.g. extracted from a
#   bare clone:  git --git-dir=REPO archive HEAD test harness | tar x -C /tmp/t262
# OUT_DIR (default /tmp/looplab-test262): node.tsv and looplab.tsv, one line per test
#   (PASS|FAIL, reason, path). node's results are kept and reused; --node-rerun runs it again.
# Options (Test262.java's header says more):
#   --jobs N        tests at once in each engine (default 2: node processes; looplab threads,
#                   each test in a fresh global of one warm shared engine, in-process)
#   --timeout S     seconds per test (default 10)
#   --filter REGEX  only tests whose path matches (e.g. 'built-ins/Promise/all/')
#   --sample N      every Nth test of each directory (a quick look; node's results still reused)
#   --looplab-only | --node-only
# Prints, per directory: tests run, node passes, looplab passes, and the share of node's passes
# that looplab passes too; then how many tests each feature looplab declares unsupported
# excluded. Module tests are skipped; tests with neither strict flag run once, non-strict.
# JAVA_OPTS adds JVM flags (default -Xss16m).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 1 ] || { sed -n '2,20p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2; }
t262="$1"; shift
out="/tmp/looplab-test262"
if [ $# -ge 1 ] && [ "${1#--}" = "$1" ]; then out="$1"; shift; fi
jar="${LOOPLAB_JAR:-$root/shell/target/looplab.jar}"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package >&2)
read -r -a java_opts <<< "${JAVA_OPTS:--Xss16m}"
exec java "${java_opts[@]}" -cp "$jar" "$here/Test262.java" "$t262" "$out" "$@"
