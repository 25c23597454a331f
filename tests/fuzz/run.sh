#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the fuzz targets (clang, libFuzzer) in build-fuzz when needed and
# runs each for SECONDS on its corpus, two at a time. See README.md here.
#
#   tests/fuzz/run.sh [--no-merge] SECONDS [TARGET...]
#
# At the end the corpus and the new inputs are merged (-merge=1) into the
# smallest set with the same coverage, which replaces
# tests/fuzz/corpus/TARGET/, unless --no-merge or
# KABAR_FUZZ_NO_MERGE=1 (CI runs on a clean clone). A crash, leak, timeout
# or failed check is kept in tests/fuzz/findings/ and makes the exit status
# 1. KABAR_FUZZ_JOBS (default 2) targets run at once; KABAR_FUZZ_BUILD
# names another build directory.
set -euo pipefail
cd "$(dirname "$0")/../.."

all_targets=(fuzz_text fuzz_html fuzz_extract fuzz_pipeline fuzz_rdf fuzz_graph fuzz_tables)
merge=1
[ "${KABAR_FUZZ_NO_MERGE:-0}" = 1 ] && merge=0
if [ "${1:-}" = --no-merge ]; then
  merge=0
  shift
fi
if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: tests/fuzz/run.sh [--no-merge] SECONDS [TARGET...]" >&2
  echo "targets: ${all_targets[*]}" >&2
  exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "run.sh: no target '$t'" >&2; exit 2; }
done
build=${KABAR_FUZZ_BUILD:-build-fuzz}
jobs=${KABAR_FUZZ_JOBS:-2}
fuzz=tests/fuzz
findings=$fuzz/findings
mkdir -p "$findings"

# Inputs up to 64 KB for the readers, 16 KB for the extractor (more text
# finds little more, and a merged corpus of long texts outgrows 2 MB), 4 KB
# for the kb built from fields.
max_len() {
  case $1 in
    fuzz_rdf | fuzz_graph | fuzz_tables) echo 4096 ;;
    fuzz_extract | fuzz_pipeline) echo 16384 ;;
    *) echo 65536 ;;
  esac
}
dict() {
  case $1 in
    fuzz_html) echo "$fuzz/html.dict" ;;
    fuzz_rdf | fuzz_graph | fuzz_tables) echo "$fuzz/kb.dict" ;;
    *) echo "$fuzz/text.dict" ;;
  esac
}

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang cmake -S . -B "$build" -DKABAR_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j "$jobs" --target "${targets[@]}" >/dev/null

# Everything a run writes besides findings: new inputs, logs, and TMPDIR
# for the targets' scratch directories (an aborted target leaves its own).
work=$(mktemp -d "${TMPDIR:-/tmp}/kabar-fuzz-run.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Runs one target; its log, CPU seconds and exit status go to $work.
run_one() {
  local t=$1 bin=$build/tests/fuzz/$1
  mkdir -p "$work/new/$t" "$work/tmp/$t"
  (
    set +e
    TMPDIR=$work/tmp/$t "$bin" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
      -rss_limit_mb=2048 -timeout=30 -dict="$(dict "$t")" -print_final_stats=1 \
      -artifact_prefix="$findings/$t-" "$work/new/$t" "$fuzz/corpus/$t" >"$work/$t.log" 2>&1
    echo $? >"$work/$t.rc"
    times >"$work/$t.times" # not in a pipe: a pipe's subshell has no children
    tail -1 "$work/$t.times" >"$work/$t.cpu"
  )
}

running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  run_one "$t" &
  running=$((running + 1))
done
wait

# CPU seconds of the target (user + system of the child), from `times`.
cpu_seconds() {
  read -r user sys <"$work/$1.cpu"
  awk -v u="$user" -v s="$sys" 'function sec(x, m) {
      m = x; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", x); sub(/s$/, "", x); return m * 60 + x }
    BEGIN { printf "%.1f", sec(u) + sec(s) }'
}

status=0
found=0
printf '%-14s %8s %12s  %s\n' target cpu-s executions result
for t in "${targets[@]}"; do
  rc=$(cat "$work/$t.rc")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log" | tail -1)
  result=ok
  if [ "$rc" != 0 ]; then
    status=1
    found=$((found + 1))
    result="FINDING (exit $rc): $(grep -o "$findings/$t-[^ ]*" "$work/$t.log" | tail -1)"
    cp "$work/$t.log" "$findings/$t.log"
  fi
  printf '%-14s %8s %12s  %s\n' "$t" "$(cpu_seconds "$t")" "${execs:-?}" "$result"
done
# The plain closing line that CI logs read: targets without and with findings.
echo "fuzz: $((${#targets[@]} - found)) passed, $found failed"
if [ "$status" != 0 ]; then
  echo "run.sh: findings in $findings/ (the log of each failing target is beside its input)" >&2
  grep -h -m1 -E "^fuzz: |ERROR: |runtime error" "$findings"/*.log 2>/dev/null | sed 's/^/  /' >&2 || true
fi

# The corpus is re-merged whole (old inputs and new) into the smallest set
# that keeps the coverage, and replaced by it, so that it stays small.
if [ "$merge" = 1 ]; then
  for t in "${targets[@]}"; do
    [ -n "$(ls -A "$work/new/$t")" ] || continue
    mkdir -p "$work/merged/$t"
    if TMPDIR=$work/tmp/$t "$build/tests/fuzz/$t" -merge=1 -max_len="$(max_len "$t")" \
      -rss_limit_mb=2048 -timeout=30 "$work/merged/$t" "$fuzz/corpus/$t" "$work/new/$t" \
      >"$work/$t.merge.log" 2>&1 && [ -n "$(ls -A "$work/merged/$t")" ]; then
      find "$fuzz/corpus/$t" -type f -delete
      mv "$work/merged/$t"/* "$fuzz/corpus/$t/"
    else
      echo "run.sh: merging into $fuzz/corpus/$t failed:" >&2
      tail -5 "$work/$t.merge.log" >&2
      status=1
    fi
    size=$(du -sk "$fuzz/corpus/$t" | cut -f1)
    [ "$size" -le 2048 ] || echo "run.sh: $fuzz/corpus/$t is ${size} KB; keep it under 2 MB" >&2
  done
fi
exit "$status"
