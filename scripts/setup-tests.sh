#!/usr/bin/env bash
# Installs what the test suite needs besides what scripts/setup.sh installs
# (run that first): the consumers and checkers the tests read kabar's output
# with, clang for the fuzz targets, and the npm packages of tests/*/js.
# Nothing when all of it is there; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/apt.sh

packages=(
  # State codes and names the TSV checks compare with (and tools/gen_states.py reads).
  iso-codes
  libxml2-utils raptor2-utils rasqal-utils serdi
  clang libclang-rt-14-dev
  python3 python3-rdflib python3-networkx python3-igraph python3-matplotlib
  # Readers of facts.tsv and facts.jsonl (tests/cli/cli_readers.py; R is used when present).
  python3-pandas jq
  nodejs npm
  # kabar extract/merge run by existing engines (tests/examples/examples_shards.py):
  # GNU parallel, and a single-node Slurm the test starts (slurmctld, slurmd, munged).
  parallel slurm-wlm munge
)
apt_install_missing setup-tests "${packages[@]}"

# JavaScript consumers used by the tests (Oxigraph, a SHACL engine,
# graphology-gexf), each test area with its own locked package.json.
for dir in tests/*/js; do
  [ -f "$dir/package.json" ] || continue
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package.json" -nt "$dir/node_modules" ]; then
    echo "setup-tests: npm packages in $dir" >&2
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null && touch node_modules)
  fi
done
