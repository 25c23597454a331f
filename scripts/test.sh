#!/usr/bin/env bash
# Sets up what is missing, builds kabar with warnings as errors, and runs the
# whole test suite: once in a normal build, once under AddressSanitizer and
# UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/setup-tests.sh
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build -DKABAR_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

# The sanitizer build: every test again, with leaks and undefined behaviour fatal.
cmake -S . -B build-asan -DKABAR_SANITIZE=ON -DKABAR_WERROR=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

# Fuzz smoke: every libFuzzer target for 20 seconds on its committed corpus,
# two at a time, nothing merged back (tests/fuzz/README.md).
if command -v clang >/dev/null 2>&1 &&
  echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; return (int)(n * 0); }' |
  clang -x c -fsanitize=fuzzer - -o /dev/null >/dev/null 2>&1; then
  tests/fuzz/run.sh --no-merge 20
else
  echo "test.sh: clang with libFuzzer not found; fuzz smoke skipped" >&2
fi
