#!/usr/bin/env bash
# Installs what the test suite needs besides what scripts/setup.sh installs
# (run that first): the consumers and checkers the tests read kabar's output
# with, clang for the fuzz targets, and the npm packages of tests/*/js.
# Nothing when all of it is there; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # State codes and names the TSV checks compare with (and tools/gen_states.py reads).
  iso-codes
  libxml2-utils raptor2-utils rasqal-utils serdi
  clang libclang-rt-14-dev
  python3 python3-rdflib python3-networkx python3-igraph python3-matplotlib
  # Readers of facts.tsv and facts.jsonl (tests/cli/cli_readers.py; R is used when present).
  python3-pandas jq
  nodejs npm
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  # npm may come from elsewhere (a node install that ships its own npm).
  if command -v npm >/dev/null 2>&1; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
    read -r -a missing <<<"${missing[*]}"
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-tests: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# JavaScript consumers used by the tests (Oxigraph, a SHACL engine,
# graphology-gexf), each test area with its own locked package.json.
for dir in tests/*/js; do
  [ -f "$dir/package.json" ] || continue
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package.json" -nt "$dir/node_modules" ]; then
    echo "setup-tests: npm packages in $dir" >&2
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null && touch node_modules)
  fi
done
